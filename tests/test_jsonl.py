"""JSON Lines: lossless round-trips and clear errors for every bad line."""

from __future__ import annotations

import contextlib
import gc
import io
import itertools
import json
import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimrec as cr
from tests.strategies import claims as claim_lists


@given(claim_lists().filter(bool))
def test_round_trip_gives_equal_claims(claims):
    """Writing then reading gives back equal claims, in order."""
    assert cr.loads_jsonl(cr.dumps_jsonl(claims)) == claims


def test_no_claims_round_trip_with_a_warning():
    """Writing no claims gives empty text; reading it back gives none, and says so."""
    with pytest.warns(cr.ClaimrecWarning, match="no claims"):
        assert cr.loads_jsonl(cr.dumps_jsonl([])) == []


@given(claim_lists().filter(bool))
def test_round_trip_keeps_original_text(claims):
    """The original wording of values survives a round-trip (it is not part of equality)."""
    back = cr.loads_jsonl(cr.dumps_jsonl(claims))
    for before, after in zip(claims, back, strict=True):
        assert getattr(before.value, "text", None) == getattr(after.value, "text", None)


def test_the_example_round_trips(tmp_path):
    """The bundled example survives a write and a read through a file."""
    claims = cr.datasets.mali_2025()
    path = tmp_path / "mali.jsonl"
    cr.write_jsonl(claims, path)
    assert cr.read_jsonl(path) == claims
    assert cr.read_jsonl(str(path)) == claims


def test_sources_and_reports_are_written_once():
    """A source or report shared by many claims is one line."""
    report = cr.Report(outlet="ORTM", published="2025-07-01")
    claims = [
        cr.Claim(source="FAMa", subject=s, predicate="killed", value="3", via=report)
        for s in ("militants", "soldiers", "civilians")
    ]
    kinds = [json.loads(line)["type"] for line in cr.dumps_jsonl(claims).splitlines()]
    assert kinds == ["source", "report", "claim", "claim", "claim"]


def test_relay_chains_round_trip():
    """A report that relays another comes back with its chain."""
    tv = cr.Report(outlet="ORTM", published="2025-07-01")
    wire = cr.Report(outlet="Wire", published="2025-07-02", relays=tv)
    claim = cr.Claim(source="FAMa", subject="militants", predicate="killed", via=wire)
    (back,) = cr.loads_jsonl(cr.dumps_jsonl([claim]))
    assert back.via.relays == tv


def test_same_name_different_sources_stay_apart():
    """Two different sources with one name are both kept (the second inline)."""
    a = cr.Claim(source=cr.Source(name="X", kind="media"), subject="s", predicate="p")
    b = cr.Claim(source=cr.Source(name="X", kind="state"), subject="s", predicate="p")
    assert cr.loads_jsonl(cr.dumps_jsonl([a, b])) == [a, b]


def test_hand_written_lines_are_accepted():
    """A hand-written claim may embed its source and report and give values as text."""
    line = json.dumps(
        {
            "source": {"name": "JNIM", "kind": "armed group"},
            "via": {"outlet": "Az-Zallaqa"},
            "subject": "military installations",
            "predicate": "captured",
            "value": "three",
        }
    )
    (claim,) = cr.loads_jsonl(line + "\n")
    assert claim.source.kind is cr.SourceKind.ARMED_GROUP
    assert claim.value.best == 3


def test_every_bad_line_is_reported_with_its_number():
    """A file with several bad lines reports them all, each with its line number."""
    claim = '{"type": "claim", "source": "FAMa", "subject": "x", "predicate": "killed"'
    text = "\n".join(
        [
            '{"type": "source", "name": "FAMa", "kind": "state"}',
            "{not json",
            claim + ', "value": "   "}',
            claim + "}",
            claim + ', "via": "nope"}',
            '{"type": "widget"}',
            "[1, 2]",
        ]
    )
    with pytest.raises(cr.FormatError) as info:
        cr.loads_jsonl(text)
    assert [line for line, _ in info.value.problems] == [2, 3, 5, 6, 7]
    assert info.value.line == 2
    assert "value" in dict(info.value.problems)[3]


def test_format_error_names_the_file(tmp_path):
    """A bad file's error names the file."""
    path = tmp_path / "bad.jsonl"
    path.write_text("oops\n")
    with pytest.raises(cr.FormatError, match=r"bad\.jsonl"):
        cr.read_jsonl(path)


def test_unknown_claim_field_is_an_error():
    """A misspelt field is reported, never silently dropped."""
    with pytest.raises(cr.FormatError, match="subjetc"):
        cr.loads_jsonl('{"source": "a", "subject": "b", "predicate": "c", "subjetc": 1}\n')


def test_relay_cycle_is_an_error():
    """Reports relaying each other in a cycle are reported."""
    text = (
        '{"type": "report", "id": "a", "outlet": "A", "relays": "b"}\n'
        '{"type": "report", "id": "b", "outlet": "B", "relays": "a"}\n'
    )
    with pytest.raises(cr.FormatError, match="cycle"):
        cr.loads_jsonl(text)


def test_reads_from_a_stream():
    """A text stream works as well as a path."""
    claims = cr.datasets.mali_2025()[:3]
    assert cr.read_jsonl(io.StringIO(cr.dumps_jsonl(claims))) == claims


@given(st.text(max_size=40))
def test_arbitrary_text_never_crashes_the_reader(text):
    """Any text either reads or raises FormatError; nothing else escapes."""
    with contextlib.suppress(cr.FormatError), warnings.catch_warnings():
        warnings.simplefilter("ignore", cr.ClaimrecWarning)  # no claims in it
        cr.loads_jsonl(text)


_SPAN = {"type": "timespan", "start": "2025-07-01T00:00:00", "end": "2025-07-02T00:00:00"}


def _lines(*values):
    return "".join(
        json.dumps({"source": "A", "subject": f"s{k}", "predicate": "killed", "when": v}) + "\n"
        for k, v in enumerate(values)
    )


def test_claims_that_write_the_same_typed_value_share_one_object():
    """A typed value written twice is built once: equal claims' values are one object."""
    first, second, other = cr.loads_jsonl(
        _lines(_SPAN, dict(_SPAN), {**_SPAN, "end": "2025-07-03T00:00:00"})
    )
    assert first.when is second.when
    assert other.when != first.when
    assert str(other.when) == "2025-07-01/2025-07-02"


def test_value_cache_stays_bounded_and_correct_when_full(monkeypatch):
    """Past its bound the cache starts afresh; every claim still gets its own value."""
    monkeypatch.setattr("claimrec.io.jsonl._VALUE_CACHE_SIZE", 2)
    days = [f"2025-07-{d:02d}T00:00:00" for d in range(1, 9)]
    spans = [{"type": "timespan", "start": a, "end": b} for a, b in itertools.pairwise(days)]
    claims = cr.loads_jsonl(_lines(*spans, *spans))
    assert [c.when.start.day for c in claims] == [1, 2, 3, 4, 5, 6, 7] * 2


def test_a_value_with_a_list_member_is_decoded_without_the_cache():
    """An unhashable member (a list) cannot key the cache: the value is decoded as usual."""
    bad = {"type": "timespan", "start": ["2025"], "end": "2025-07-02T00:00:00"}
    with pytest.raises(cr.FormatError, match="line 1"):
        cr.loads_jsonl(_lines(bad))


@pytest.mark.parametrize("text", [_lines(_SPAN), '{"source": "A"}\n'])
def test_reading_restores_the_garbage_collector(text):
    """The collector, paused while claims are built, is on again after a read, good or bad."""
    with contextlib.suppress(cr.FormatError):
        cr.loads_jsonl(text)
    assert gc.isenabled()


def test_sources_and_reports_declared_after_their_claims_are_used_and_order_is_kept():
    """A claim read before its source or report line gets them; claims keep file order."""
    lines = [
        {"source": "Later", "subject": "a", "predicate": "killed", "via": "r2"},
        {"type": "source", "name": "Early", "kind": "state"},
        {"type": "report", "id": "r1", "outlet": "Wire", "relays": "r2"},
        {"source": "Early", "subject": "b", "predicate": "killed", "via": "r1"},
        {"source": "Early", "subject": "c", "predicate": "killed"},
        {"type": "report", "id": "r2", "outlet": "Origin"},
        {"type": "source", "name": "Later", "kind": "armed_group"},
        {"source": "Later", "subject": "d", "predicate": "killed", "via": "r2"},
    ]
    claims = cr.loads_jsonl("".join(json.dumps(line) + "\n" for line in lines))
    assert [c.subject for c in claims] == ["a", "b", "c", "d"]
    assert claims[0].source.kind.value == "armed_group"
    assert claims[0].via is claims[3].via
    assert claims[1].via.outlet == "Wire"
    assert claims[1].via.relays is claims[0].via


def test_a_bad_claim_among_good_ones_is_reported_with_its_line():
    """A bad claim line is reported by number even though the good ones around it were built."""
    lines = [
        {"source": "A", "subject": "a", "predicate": "killed"},
        {"source": "A", "subject": " ", "predicate": "killed"},
        {"source": "A", "subject": "c", "predicate": "killed", "via": "nowhere"},
    ]
    with pytest.raises(cr.FormatError) as info:
        cr.loads_jsonl("".join(json.dumps(line) + "\n" for line in lines))
    assert [line for line, _ in info.value.problems] == [2, 3]


@pytest.mark.parametrize(
    "value",
    ["Kayes, Diboli and Sandaré", "seven towns including Kayes and Gao", "gave no figure"],
)
def test_lists_and_no_figure_round_trip(tmp_path, value):
    """SetValue (with its count) and Unstated values survive write_jsonl / read_jsonl."""
    claim = cr.Claim(source="JNIM", subject="towns", predicate="attacked", value=value)
    path = tmp_path / "claims.jsonl"
    cr.write_jsonl([claim], path)
    (back,) = cr.read_jsonl(path)
    assert back.value == claim.value
    assert type(back.value) is type(claim.value)


def test_a_json_list_value_is_a_set_value():
    """'"value": ["weapons", "vehicles"]' in a file is a list value."""
    line = '{"type": "claim", "source": "FAMa", "subject": "x", "predicate": "recovered", '
    line += '"value": ["weapons", "vehicles"]}'
    (claim,) = cr.loads_jsonl(line)
    assert isinstance(claim.value, cr.SetValue)
