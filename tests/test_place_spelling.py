"""A misspelt name of a known place keeps its closeness to the place's name (alignment)."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import numpy as np

import claimrec as cr
from claimrec.alignment import compare
from tests.strategies import examples

ROOT = Path(__file__).resolve().parent.parent


@functools.cache
def _world():  # the benchmark's synthetic world: invented place names, some misspelt
    sys.path.insert(0, str(ROOT))
    from benchmarks._synthetic import build_world, generate  # noqa: PLC0415

    world = build_world(seed=0)
    return world, generate(10000, seed=0, world=world, days=2000)


def test_a_misspelling_of_a_known_town_is_close_to_its_name():
    # "Kogaam" resolves (by resemblance) to the town Kogam; "Kogim" resolves to nothing.
    # Compared as the key "kogaam kogam" the spelling scored 0.47 (the pair was never
    # compared); compared with the name "kogam" it scores 0.80, as before the place key.
    world, data = _world()
    a = next(c for c in data.claims if c.place == "Kogaam" and c.predicate == "attacks")
    b = next(c for c in data.claims if c.place == "Kogim" and c.predicate == "land mine")
    score = compare(a, b, vocabulary=world.vocabulary, context=data.claims)
    place = next(f for f in score.features if f.name == "place")
    assert place.score > 0.5, place.detail
    assert "text similarity 0.80" in place.detail


def test_align_and_compare_agree_on_place_scores_of_misspellings():
    world, data = _world()
    claims = data.claims[:3000]
    alignment = cr.align(claims, vocabulary=world.vocabulary)
    a_index, b_index, scores = alignment.pair_table()
    rng = np.random.default_rng(0)
    for k in rng.choice(len(a_index), size=min(examples(50), len(a_index)), replace=False).tolist():
        a, b = claims[int(a_index[k])], claims[int(b_index[k])]
        again = compare(a, b, vocabulary=world.vocabulary, context=claims)
        assert abs(again.score - float(scores[k])) < 1e-9, (a.place, b.place)
