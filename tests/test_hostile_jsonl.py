"""Hostile JSON Lines: every reproducer class of issue 13, each a FormatError with its line.

Each test is named after the class of input that once escaped as a Python error or was
silently changed: a Latin-1 file, numbers beyond float range or over 4,300 digits, deep
nesting, relay chains of a thousand reports, lone surrogates, duplicate keys, a
qualifiers object, an empty file. Property tests feed arbitrary and mutated bytes.
"""

from __future__ import annotations

import contextlib
import io
import json
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec._limits import MAX_LINE_BYTES, MAX_RELAY_DEPTH
from tests.strategies import examples

_CLAIM = {"source": "FAMa", "subject": "militants", "predicate": "attacked", "place": "Ménaka"}


def _line(**changes: object) -> str:
    return json.dumps({**_CLAIM, **changes}, ensure_ascii=False)


def _problem(data: str | bytes, **options: object) -> tuple[int, str]:
    with pytest.raises(cr.FormatError) as info:
        cr.loads_jsonl(data, **options)  # type: ignore[arg-type]
    assert len(info.value.problems) == 1, info.value.problems
    return info.value.problems[0]


# --------------------------------------------------------------------------- encodings


def test_latin1_file_is_a_format_error_with_the_line_and_a_hint(tmp_path):
    """A Latin-1 'Ménaka' on line 2 names line 2, the byte, and encoding='latin-1'."""
    path = tmp_path / "claims.jsonl"
    path.write_bytes((_line(place="Kayes") + "\n" + _line() + "\n").encode("latin-1"))
    with pytest.raises(cr.FormatError) as info:
        cr.read_jsonl(path)
    assert info.value.line == 2
    assert info.value.path == str(path)
    assert "byte 0xe9" in str(info.value)
    assert "encoding='latin-1'" in str(info.value)


def test_latin1_file_reads_with_the_encoding_option(tmp_path):
    """encoding='latin-1' reads the same file, and the claim keeps its own words."""
    path = tmp_path / "claims.jsonl"
    path.write_bytes((_line() + "\n").encode("latin-1"))
    (claim,) = cr.read_jsonl(path, encoding="latin-1")
    assert claim.place == "Ménaka"


def test_utf8_byte_order_mark_is_skipped(tmp_path):
    """A UTF-8 file that opens with a byte-order mark reads as if it had none."""
    path = tmp_path / "claims.jsonl"
    path.write_bytes(("\ufeff" + _line() + "\n").encode("utf-8"))
    assert cr.read_jsonl(path)[0].place == "Ménaka"


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1", "cp1252", "utf-16", "utf-32-le"])
def test_binary_stream_and_bytes_read_like_a_file(encoding):
    """Binary streams and bytes in any text encoding, wide ones included, read like a path."""
    data = (_line(place="Kayes") + "\n" + _line() + "\n").encode(encoding)
    assert cr.read_jsonl(io.BytesIO(data), encoding=encoding)[1].place == "Ménaka"
    assert cr.loads_jsonl(data, encoding=encoding)[1].place == "Ménaka"


def test_bad_bytes_in_a_wide_encoding_name_their_line():
    """A UTF-16 file cut in the middle of a character on line 2 names line 2."""
    data = (_line(place="Kayes") + "\n" + _line() + "\n").encode("utf-16")[:-1]
    line, what = _problem(data, encoding="utf-16")
    assert line == 2
    assert "utf-16" in what


@pytest.mark.parametrize("encoding", ["wtf-8", "rot13", 12])
def test_unknown_encoding_name_is_a_format_error(encoding):
    """An unknown or non-text encoding is a FormatError, not a LookupError."""
    with pytest.raises(cr.FormatError, match="encoding"):
        cr.read_jsonl(io.BytesIO(b"{}"), encoding=encoding)


# --------------------------------------------------------------------------- numbers, nesting


@pytest.mark.parametrize(
    ("value", "why"),
    [("1e400", "beyond the range of a float"), ("-1e400", "beyond the range of a float"),
     ("NaN", "not a JSON number"), ("Infinity", "not a JSON number"),
     ("-Infinity", "not a JSON number"), ("9" * 5000, "integer of 5,000 digits"),
     ("9" * 101, "integer of 101 digits")],
)  # fmt: skip
def test_number_beyond_float_range_or_over_4300_digits_is_reported(value, why):
    """Huge, non-finite and over-long numbers are refused by line, not read as inf or raised."""
    line, what = _problem(_line(value="X").replace('"X"', value))
    assert line == 1
    assert why in what


@pytest.mark.parametrize("depth", [100, 5_000, 100_000])
def test_deeply_nested_json_is_reported(depth):
    """Nested JSON is a FormatError on its line; past the parser's stack, it says so."""
    nested = "[" * depth + "]" * depth
    line, what = _problem(_line(value="X").replace('"X"', nested))
    assert line == 1
    assert ("JSON nested too deeply" in what) is (depth >= 5_000)


def test_line_over_the_size_limit_is_reported():
    """A line longer than MAX_LINE_BYTES is refused before parsing."""
    line, what = _problem(_line(quote="x" * (MAX_LINE_BYTES + 1)).encode())
    assert line == 1
    assert f"at most {MAX_LINE_BYTES:,}" in what


# --------------------------------------------------------------------------- reports


def _chain(n: int) -> str:
    lines = [json.dumps({"type": "report", "id": "r0", "outlet": "origin"})]
    lines += [
        json.dumps({"type": "report", "id": f"r{k}", "outlet": f"o{k}", "relays": f"r{k - 1}"})
        for k in range(1, n)
    ]
    lines.append(_line(via=f"r{n - 1}"))
    return "\n".join(lines) + "\n"


def test_relay_chain_of_a_thousand_reports_is_reported():
    """A chain of 1,000 relaying reports is refused by line, not a RecursionError."""
    with pytest.raises(cr.FormatError) as info:
        cr.loads_jsonl(_chain(1000))
    assert any("relay chain longer than" in what for _, what in info.value.problems)


def test_relay_chain_within_the_limit_reads():
    """A chain just within MAX_RELAY_DEPTH reads, origin included."""
    (claim,) = cr.loads_jsonl(_chain(MAX_RELAY_DEPTH))
    assert claim.via is not None
    assert claim.via.origin.outlet == "origin"
    assert len(claim.via.chain()) == MAX_RELAY_DEPTH
    with pytest.raises(cr.FormatError, match="relay chain longer than"):
        cr.loads_jsonl(_chain(MAX_RELAY_DEPTH + 1))


def test_relay_cycle_is_reported():
    """Two reports relaying each other are a cycle, reported by line."""
    text = (
        '{"type": "report", "id": "a", "outlet": "A", "relays": "b"}\n'
        '{"type": "report", "id": "b", "outlet": "B", "relays": "a"}\n'
    )
    with pytest.raises(cr.FormatError, match="cycle"):
        cr.loads_jsonl(text + _line() + "\n")


# --------------------------------------------------------------------------- silent changes


def test_lone_surrogate_escape_is_reported():
    """A '\\ud800' escape is not text: the field and the code point are named."""
    line, what = _problem(_line(subject="militants").replace("militants", "mili\\ud800tants"))
    assert line == 1
    assert "subject" in what
    assert "U+D800" in what


def test_surrogate_pair_escape_reads_as_its_character():
    """A valid surrogate pair escape is one character (an emoji), not an error."""
    (claim,) = cr.loads_jsonl(_line().replace("Ménaka", "M\\ud83d\\ude00"))
    assert claim.place == "M\U0001f600"


def test_duplicate_json_keys_are_reported():
    """'source' twice in one line is an error naming the key, not the last one silently kept."""
    text = '{"source": "FAMa", "source": "JNIM", "subject": "x", "predicate": "y"}'
    assert _problem(text) == (1, "key 'source' appears twice in one object")


def test_qualifiers_object_is_reported_not_turned_into_its_keys():
    """A qualifiers object (dict) is refused; it would otherwise become its keys."""
    line, what = _problem(_line(qualifiers={"in every location": True}))
    assert line == 1
    assert "qualifiers" in what


def test_empty_input_warns_that_nothing_was_read(tmp_path):
    """An empty file reads as no claims with a ClaimrecWarning, not silently."""
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    with pytest.warns(cr.ClaimrecWarning, match="no claims"):
        assert cr.read_jsonl(path) == []


def test_file_of_sources_only_warns_that_nothing_was_read():
    """Sources and reports without any claim also warn."""
    with pytest.warns(cr.ClaimrecWarning, match="no claims"):
        cr.loads_jsonl('{"type": "source", "name": "FAMa"}\n')


def test_many_bad_lines_are_all_kept_but_the_message_stays_short():
    """A thousand bad lines: all in .problems, twenty in the message."""
    with pytest.raises(cr.FormatError) as info:
        cr.loads_jsonl("not json\n" * 1000)
    assert len(info.value.problems) == 1000
    assert len(str(info.value).splitlines()) < 30
    assert "980 more" in str(info.value)


# --------------------------------------------------------------------------- properties


def _read_quietly(data: bytes) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", cr.ClaimrecWarning)
        with contextlib.suppress(cr.ClaimrecError):
            cr.read_jsonl(io.BytesIO(data))


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_arbitrary_bytes_read_or_raise_a_claimrec_error(data):
    """Any bytes either read or raise a ClaimrecError; nothing else escapes."""
    _read_quietly(data)


_SEED = cr.dumps_jsonl(cr.datasets.mali_2025()[:4]).encode()
_TOKENS = [b"1e400", b"NaN", b"9" * 5000, b"[" * 3000, b"\\ud800", b"\xe9", b"\xff", b"null",
           b"{}", b'"id": null', b"\x00", "\u200b".encode(), b'"relays": "r1"', b","]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(_SEED)), st.integers(0, 8), st.sampled_from(_TOKENS)),
                max_size=4))  # fmt: skip
def test_mutated_claims_file_reads_or_raises_a_claimrec_error(edits):
    """The example file with hostile tokens spliced in never raises a Python error."""
    data = bytearray(_SEED)
    for position, cut, token in edits:
        data[position : position + cut] = token
    _read_quietly(bytes(data))


_JSONISH = st.text(alphabet=st.sampled_from('{}[]":,. \t\n\r0123456789eE-+abtrufnlsNI\\\ufeff'),
                   max_size=30)  # fmt: skip


_ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.floats() | st.text(max_size=5),
    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=3), kids),
    max_leaves=8,
)
_PADS = st.sampled_from(["", "\n", " \r\n", "\x0b", "\u00a0", " x"])


@settings(max_examples=examples(150))
@given(
    st.one_of(
        _JSONISH,
        st.builds(lambda a, b: a + b, _JSONISH, _JSONISH),
        st.builds(lambda obj, pad: json.dumps(obj) + pad, _ANY_JSON, _PADS),
    )
)
def test_strict_json_fast_path_is_the_full_parse(text):
    """``loads`` tries the C scanner alone first: the same value, or the same problem."""
    from claimrec.io._json import JSONProblem, _loads_full, loads  # noqa: PLC0415

    def outcome(parse):
        try:
            return ("ok", repr(parse(text)))
        except JSONProblem as exc:
            return ("problem", exc.what, exc.line)

    assert outcome(loads) == outcome(_loads_full)
