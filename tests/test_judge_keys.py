"""benchmarks/judge_keys.py: the census of the judge's keys (what a memo per key could save)."""

from __future__ import annotations

import attrs

from benchmarks import judge_keys as census_of
from benchmarks._synthetic import build_world, generate


def test_census_counts_keys_and_the_keys_that_do_not_decide():
    """Pairs, distinct keys, and keys whose pairs were judged two ways, for every key."""
    row = dict.fromkeys(census_of.KEYS, ("k",))
    other = dict.fromkeys(census_of.KEYS, ("k2",))
    rows = [
        (row, ("agrees", False), (("numeric", "x"),)),
        (row, ("contradicts", True), (("numeric", "x"),)),  # one key, two kinds
        (other, ("agrees", False), (("numeric", "x"),)),
        (other, ("agrees", False), (("numeric", "y"),)),  # one key, two tuples of reasons
    ]
    table = census_of.census(rows)
    assert set(table) == set(census_of.KEYS)
    for name in census_of.KEYS:
        assert table[name] == {"pairs": 4, "keys": 2, "several_kinds": 1, "several_reasons": 1}


def test_the_judgement_reads_the_claims_not_their_ids():
    """Copies of claims under new ids are judged as the originals: the whole claims decide.

    Each synthetic claim is given twice (a second id); the pairs of copies repeat the
    originals' ``claims`` key, and every key of that kind gave one answer (kind, flag,
    reasons): the judge reads no claim id, so a memo of the judgement by the claims'
    content, the records and the score would be exact (it is not kept: on the benchmark's
    claims no such key repeats, see docs/performance.md).
    """
    data = generate(150, seed=2)
    claims = list(data.claims)
    copies = [attrs.evolve(c, id=f"{c.id}-copy") for c in claims]
    table = census_of.run([*claims, *copies], build_world(seed=2).vocabulary)
    whole = table["claims"]
    assert whole["pairs"] > whole["keys"] > 0  # the copies repeat keys
    assert whole["several_kinds"] == 0
    assert whole["several_reasons"] == 0
    for name in census_of.KEYS:
        assert table[name]["pairs"] == whole["pairs"]
        assert 0 < table[name]["keys"] <= table[name]["pairs"]
