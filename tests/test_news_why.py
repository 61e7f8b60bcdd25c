"""The one diagnostic (benchmarks/news_why.py): a stage for every wrong gold pair (toy corpus)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimrec as cr
from benchmarks import news_relations as bench
from benchmarks import news_why as why

SLUG = "toy-2025"


def _claim(cid: str, source: str, value: object, **kw: object) -> cr.Claim:
    base = {"subject": "soldiers", "predicate": "killed", "place": "Kayes"}
    return cr.Claim(id=cid, source=source, value=value, **{**base, **kw})  # type: ignore[arg-type]


@pytest.fixture
def toy(tmp_path: Path) -> Path:
    """A toy corpus in a temporary folder."""
    return write_toy(tmp_path)


def write_toy(tmp_path: Path) -> Path:
    """Made-up claims: a relay the gold calls an echo, two tolls it calls a dispute."""
    claims = [
        _claim("army", "FAMa", "12", when="2025-07-01"),
        _claim("relay", "JNIM", "12", when="2025-07-01"),
        _claim("early", "Kayes hospital", "12"),
        _claim("late", "MSF", "40"),
        _claim("jnim-blame", "JNIM", None, predicate="blamed", subject="attack", actor="FAMa"),
    ]
    cr.write_jsonl(claims, tmp_path / f"{SLUG}.jsonl")
    events = [{"claim": c.id, "event": "toy"} for c in claims]
    pairs = [
        {"a": "army", "b": "relay", "relation": "echo", "note": "one statement relayed"},
        {"a": "early", "b": "late", "relation": "contradicts", "note": "12 against 40"},
        {"a": "army", "b": "late", "relation": "contradicts", "note": "12 against 40"},
    ]
    for name, rows in (("gold-events", events), ("gold-pairs", pairs)):
        text = "".join(json.dumps(row) + "\n" for row in rows)
        (tmp_path / f"{SLUG}.{name}.jsonl").write_text(text, encoding="utf-8")
    return tmp_path


def test_every_wrong_pair_gets_one_stage(toy: Path) -> None:
    """Each wrong gold pair is one row; its stage names a step of the pipeline."""
    corpus = bench.load(toy, [SLUG])
    assert not corpus.problems
    figures = bench.evaluate(corpus)
    rows = why.diagnose(corpus)
    wrong = {k for k, got in figures.predicted.items() if got != corpus.pairs[k][0]}
    assert {(r.a, r.b) for r in rows} == wrong
    tops = {"echo", "speaker", "cluster", "judge", "alignment", "graph", "figures"}
    assert {r.top for r in rows} <= tops
    by_pair = {(r.a, r.b): r for r in rows}
    assert by_pair[("army", "relay")].stage == "speaker"  # two speakers: no echo can hold
    assert "JNIM" in by_pair[("army", "relay")].detail  # both speaker keys are shown
    # two undated tolls: the figure rule that keeps them apart is named
    assert by_pair[("early", "late")].stage == "figures:compatible: one-time rule"
    assert all(len(r.claims) == 2 and r.claims[0].startswith(r.a) for r in rows)


def test_the_command_filters_and_lists(toy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """KINDs, --stage and --list select and print the pairs; the counts follow."""
    assert why.main(["contradicts", "--dir", str(toy), "--events", SLUG, "--list"]) == 0
    out = capsys.readouterr().out
    listing = out.split("wrong gold pairs: 2")[0]
    assert "early  late  contradicts->compatible  [figures:compatible: one-time rule]" in listing
    assert "relay" not in listing  # an echo pair, not asked for
    assert why.main(["--dir", str(toy), "--events", SLUG, "--stage", "speaker"]) == 0
    assert "      1         echo -> agrees      speaker" in capsys.readouterr().out
    assert why.main(["--dir", str(toy), "--events", SLUG, "--stage", "no-such-stage"]) == 0
    assert "wrong gold pairs: 0" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        why.main(["--dir", str(toy), "not-a-kind"])


def test_the_benchmark_explains_a_kind_and_keeps_its_summary(
    toy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """news_relations.py --why KIND prints the diagnostic, then the report; SUMMARY stays last."""
    assert bench.main(["--dir", str(toy), "--events", SLUG, "--why", "contradicts"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert "gold contradicts: 2 wrong, by stage" in lines
    assert "      2  figures:compatible: one-time rule" in lines
    assert lines[-1].startswith("SUMMARY claims=5 gold=3 echoR=")


def test_pairs_of_another_folder_are_listed_only_for_named_events(toy: Path) -> None:
    """Outside the corpus, listing pairs needs --events: a blind event is never listed unasked."""
    with pytest.raises(SystemExit):
        why.main(["--dir", str(toy), "--list"])
    with pytest.raises(SystemExit):
        bench.main(["--dir", str(toy), "--why", "contradicts"])
    assert why.refuses_to_list(bench.CORPUS, None) is False
