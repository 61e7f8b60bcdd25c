"""Cheap pre-checks and per-distinct-value caches of this round's rules (issue 12).

Each fast path is checked against the simple one it replaces, on made-up texts and figures.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec._text import normalize
from claimrec.quantity import Quantity
from claimrec.resolution._figure import _qualified, verb_figure
from claimrec.resolution._sites import _ELISION, _WORD_SITE, incident_sites

_WORDS = ["the", "hospital", "l'hôpital", "gare", "Stations", "market", "civilians", "x", ""]
_TEXTS = st.one_of(st.none(), st.lists(st.sampled_from(_WORDS), max_size=4).map(" ".join))


def _sites_oracle(*texts: str | None) -> frozenset[str]:
    """The former reading: every text's words, looked up one by one."""
    found = set()
    for text in texts:
        if text:
            for word in re.findall(r"[a-z]+", normalize(_ELISION.sub(" ", text))):
                if word in _WORD_SITE:
                    found.add(_WORD_SITE[word])
    return frozenset(found)


@settings(max_examples=200, deadline=None)
@given(_TEXTS, _TEXTS)
def test_incident_sites_per_text_is_the_pair_reading(subject, place):
    assert incident_sites(subject, place) == _sites_oracle(subject, place)
    assert incident_sites(subject, place) == incident_sites(place, subject)


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(["killed", "could be up to", "dépassent le nombre de", "no more than", ""]),
    st.sampled_from(["60", "at least 60", "about 1,200", "dozens", "3"]),
)
def test_verb_figure_precheck_keeps_the_figure(verb, figure):
    value = Quantity.parse(figure)
    assert verb_figure(verb, value) == _qualified(verb, value)
    assert verb_figure(verb, figure) is None  # only a figure is qualified
