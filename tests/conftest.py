"""Hypothesis profiles for the suite.

- default: every local run draws new examples, so properties keep finding new inputs;
- ``ci`` (loaded when the ``CI`` environment variable is set, as ``.ci/run`` sets it): the
  same derandomised examples on every run, so that a clean-clone run of a commit is
  reproducible and a property cannot turn an unrelated commit red by chance;
- ``fuzz`` (``python3 -m pytest --hypothesis-profile=fuzz``): 2,000 examples for every
  property that sets no count of its own (20 times the default), for a longer search before a
  release (not run by CI).

A failure found by any run is pinned in its test with ``@example`` (see
``test_resolution_local.py``), so CI replays it from then on.
"""

from __future__ import annotations

import os

from hypothesis import settings

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.register_profile("fuzz", max_examples=2000, deadline=None, print_blob=True)

if os.environ.get("CI"):
    settings.load_profile("ci")  # pytest's --hypothesis-profile, when given, still wins
