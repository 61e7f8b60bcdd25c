"""benchmarks/analyst_path.py: both file formats, seconds and memory for every stage."""

from __future__ import annotations

import pytest

from benchmarks import analyst_path as bench


@pytest.mark.parametrize("suffix", ["jsonl", "csv"])
def test_one_run_times_and_measures_every_stage(tmp_path, suffix):
    """A small file of each format goes through the whole path; every stage has figures."""
    path = tmp_path / f"claims.{suffix}"
    bench.write_file(100, path, seed=3)
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("id,source") if suffix == "csv" else first.startswith("{")
    figures = bench.run_one(path, seed=3)
    for stage in bench.STAGES:
        assert figures[stage] >= 0
        assert 0 < figures[stage + "_held"] <= figures[stage + "_peak"] + 1
    peaks = [figures[stage + "_peak"] for stage in bench.STAGES]
    assert peaks == sorted(peaks)  # a running maximum
    assert figures["peak_mib"] == pytest.approx(peaks[-1], abs=1)
    row = bench._row("100", figures)
    assert row.splitlines()[1].split()[:2] == ["peak", "MiB"]


def test_cpu_seconds_per_stage_and_their_row(tmp_path):
    """Each stage's CPU seconds are measured and printed in a ``cpu s`` row, then the ratios."""
    path = tmp_path / "claims.jsonl"
    bench.write_file(60, path, seed=1)
    figures = bench.run_one(path, seed=1)
    for stage in bench.STAGES:
        assert figures[stage + "_cpu"] >= 0
    assert figures["graph_cpu"] > 0  # the graph of 60 claims takes some CPU time
    lines = bench._row("60", figures).splitlines()
    cpu = lines[-1].split()
    assert cpu[:2] == ["cpu", "s"]
    assert len(cpu) == 2 + len(bench.STAGES) + 1  # each stage, then the total
    assert float(cpu[-1]) == pytest.approx(sum(figures[s + "_cpu"] for s in bench.STAGES), abs=0.02)
    slower = {key: 2 * value for key, value in figures.items()}
    ratios = bench._ratios(slower, figures).splitlines()
    assert ratios[0].split()[:2] == ["x", "faster"]
    assert ratios[1].split()[:3] == ["x", "less", "cpu"]
    assert ratios[1].split()[-1] == "2.0"


def test_best_of_both_alternates_the_checkouts(monkeypatch, tmp_path):
    """The two checkouts' runs alternate, and each keeps its own least figures."""
    calls = []

    def child(path, seed, root):
        calls.append(root)
        return {"graph": float(len(calls)), "graph_cpu": 1.0 / len(calls)}

    monkeypatch.setattr(bench, "_child", child)
    new, old = bench.best_of_both(tmp_path / "x", 0, (tmp_path / "new", tmp_path / "old"), 3)
    assert [root.name for root in calls] == ["new", "old"] * 3
    assert new == {"graph": 1.0, "graph_cpu": 1.0 / 5}
    assert old == {"graph": 2.0, "graph_cpu": 1.0 / 6}
