"""A speaker's name read by looks (RapidFuzz's pre-filter) once per name, not per date.

Each source is resolved once per distinct (source, date) pair; whether its name comes
close to any actor's name reads only the name, so the graph stage (which reads each
claim's record, dated speakers included) asks the fuzzy pre-filter once per name. Every
name here is made up or a common organisation's name.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from claimrec.model import Source
from claimrec.resolution import _resolver as resolver_module
from claimrec.resolution._resolver import _Resolver
from claimrec.vocab import default_vocabulary

_NAMES = (
    "Human Rights Watchers",
    "Amnesty Internationale",
    "the Rapid Support Force",
    "Zorvathi Liberation Front",
    "a local farmer near the river",
)


def test_the_pre_filter_runs_once_per_name_whatever_the_dates(monkeypatch):
    """One source on three dates, another on one: the fuzzy pre-filter runs twice, and each
    date's speaker is the one a fresh resolver reads."""
    vocab = default_vocabulary()
    resolver = _Resolver(vocab)
    calls: list[str] = []
    extract = resolver_module.process.extractOne

    def counted(query, *args, **kwargs):
        calls.append(query)
        return extract(query, *args, **kwargs)

    monkeypatch.setattr(resolver_module.process, "extractOne", counted)
    first, second = Source(name="Zorvathi Liberation Fronts"), Source(name="Human Rights Watchers")
    days = [dt.date(2024, 3, d) for d in (1, 2, 3)]
    found = [resolver.speaker(first, day) for day in days] + [resolver.speaker(second, None)]
    assert len(calls) == 2  # one per name (four before: one per source and date)
    fresh = [_Resolver(vocab).speaker(first, day) for day in days]
    fresh.append(_Resolver(vocab).speaker(second, None))
    assert found == fresh


@settings(max_examples=30, deadline=None)
@given(names=st.lists(st.sampled_from(_NAMES), min_size=1, max_size=8))
def test_the_pre_filter_remembered_equals_a_fresh_one(names):
    """Asked in any order and any number of times, each name's answer is a fresh one's."""
    vocab = default_vocabulary()
    shared = _Resolver(vocab)
    for name in names:
        assert shared._may_match(name) == _Resolver(vocab)._may_match(name)
