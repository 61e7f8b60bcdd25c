"""The held-out events are valid corpus files and stay apart from the tuning corpus."""

from __future__ import annotations

from pathlib import Path

from benchmarks import news_relations as bench

HELDOUT = Path(__file__).resolve().parent.parent / "benchmarks" / "heldout"


def test_the_heldout_events_are_valid() -> None:
    assert bench.main(["--dir", str(HELDOUT), "--check"]) == 0


def test_every_heldout_event_has_its_page_and_gold() -> None:
    for claims in HELDOUT.glob("*.jsonl"):
        if ".gold-" in claims.name:
            continue
        slug = claims.name.removesuffix(".jsonl")
        assert (HELDOUT / f"{slug}.gold-pairs.jsonl").is_file(), slug
        assert (HELDOUT / f"{slug}.gold-events.jsonl").is_file(), slug
        assert (HELDOUT / f"{slug}.md").is_file(), slug
        assert f"`{slug}`" in (HELDOUT / "README.md").read_text(encoding="utf-8"), slug


def test_the_heldout_events_share_no_claim_with_the_corpus() -> None:
    heldout = bench.load(HELDOUT)
    corpus = bench.load()
    assert len(heldout.files) >= 4
    assert len(heldout.claims) >= 300
    assert not {c.id for c in heldout.claims} & {c.id for c in corpus.claims}
    assert not set(heldout.files) & set(corpus.files)
    assert {rel for rel, _ in heldout.pairs.values()} == set(bench.KINDS)
