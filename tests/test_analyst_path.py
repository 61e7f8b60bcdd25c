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
