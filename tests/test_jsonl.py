"""JSON Lines: lossless round-trips and clear errors for every bad line."""

from __future__ import annotations

import contextlib
import io
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
