"""The real-news benchmark script runs and its figures add up (the figures are not asserted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import news_relations as bench

SLICE = "moura-2022"  # one event of the corpus keeps this test fast


@pytest.fixture(scope="module")
def corpus() -> bench.Corpus:
    return bench.load(events=[SLICE])


@pytest.fixture(scope="module")
def figures(corpus: bench.Corpus) -> bench.Figures:
    return bench.evaluate(corpus)


def test_the_corpus_is_valid() -> None:
    assert bench.main(["--check"]) == 0


def test_the_corpus_is_the_size_the_guidelines_ask_for() -> None:
    corpus = bench.load()
    kinds = {rel for rel, _ in corpus.pairs.values()}
    assert len(corpus.files) >= 8
    assert len(corpus.claims) >= 300
    assert len(corpus.pairs) >= 300
    assert kinds == set(bench.KINDS)


def test_the_confusion_matrix_sums_to_the_gold_count(
    corpus: bench.Corpus, figures: bench.Figures
) -> None:
    assert figures.gold_total == len(corpus.pairs) > 0
    for kind in bench.KINDS:
        assert sum(figures.confusion[kind].values()) == sum(
            1 for rel, _ in corpus.pairs.values() if rel == kind
        )


def test_every_gold_pair_gets_exactly_one_claimrec_answer(
    corpus: bench.Corpus, figures: bench.Figures
) -> None:
    assert set(figures.predicted) == set(corpus.pairs)
    assert set(figures.predicted.values()) <= set(bench.KINDS)


def test_counts_stay_within_their_totals(figures: bench.Figures) -> None:
    precision, recall = figures.contradiction_pr()
    for share in (precision, recall, figures.related_recall(), figures.related_recall(linked=True)):
        assert share is None or 0.0 <= share <= 1.0
    assert len(figures.false_contradictions) <= figures.graph_contradictions
    assert figures.unresolved_claims <= figures.claims
    assert 0 <= figures.toll_numeric <= figures.toll_items
    exact, linked = figures.related_recall(), figures.related_recall(linked=True)
    assert exact is None or linked is None or exact <= linked


def test_the_printed_summary_is_the_last_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--events", SLICE]) == 0
    last = capsys.readouterr().out.strip().splitlines()[-1]
    assert last.startswith("SUMMARY claims=")


def test_a_gold_pair_with_an_unknown_claim_is_reported(tmp_path: Path) -> None:
    source = bench.CORPUS
    for suffix in (".jsonl", ".gold-events.jsonl"):
        (tmp_path / f"{SLICE}{suffix}").write_text(
            (source / f"{SLICE}{suffix}").read_text(encoding="utf-8"), encoding="utf-8"
        )
    pair = {"a": "no-such-claim", "b": "another", "relation": "echo", "note": "bad"}
    (tmp_path / f"{SLICE}.gold-pairs.jsonl").write_text(json.dumps(pair) + "\n", encoding="utf-8")
    corpus = bench.load(tmp_path, [SLICE])
    assert any("unknown claim" in problem for problem in corpus.problems)
    assert bench.main(["--dir", str(tmp_path), "--check"]) == 1


def test_support_across_events_counts_only_unpaired_claims_of_two_gold_events() -> None:
    corpus = bench.Corpus(
        claims=[],
        pairs={("a1", "a2"): ("agrees", ""), ("a1", "b1"): ("refines", "")},
        events={"a1": "A", "a2": "A", "b1": "B", "b2": "B"},
        aggregates=set(),
        files=[],
    )
    assert not bench._across_events(corpus, "a1", "a2")  # one event
    assert not bench._across_events(corpus, "b1", "a1")  # two events, but the gold pairs them
    assert bench._across_events(corpus, "b2", "a1")  # two events, unpaired
    assert not bench._across_events(corpus, "a1", "x")  # no gold event: not counted


def test_support_across_events_is_reported(
    corpus: bench.Corpus, figures: bench.Figures
) -> None:
    assert all(a != b for a, b in figures.cross_corroborations)
    assert bench.render(figures, corpus).splitlines()[-1].endswith(
        f"crossCorrob={len(figures.cross_corroborations)}"
    )
