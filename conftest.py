"""Root pytest configuration: doctest namespace and hypothesis profiles."""

import os

import pytest
from hypothesis import HealthCheck, settings

import claimrec

collect_ignore = ["claimrec/__main__.py"]  # importing it runs the command

# ci (CI set, as .ci/run sets it): the same derandomised examples on every run, so that a
# clean-clone run of a commit is reproducible and a property cannot turn an unrelated commit
# red by chance; dev draws new examples on every run; thorough searches longer before a
# release (HYPOTHESIS_PROFILE=thorough). A failure any run finds is pinned with @example.
# A test's own settings(max_examples=n) overrides every profile; the costliest properties
# take n from tests.strategies.examples(n), which thorough multiplies by 16.
settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=30, deadline=None)
settings.register_profile("thorough", max_examples=1000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(autouse=True)
def _doctest_namespace(doctest_namespace: dict[str, object]) -> None:
    doctest_namespace["cr"] = claimrec
