"""The claimrec command over a corpus of bad files and options: no traceback, ever.

Each case runs ``claimrec.cli.main`` as the command would (warnings shown, not raised)
and checks: no Python traceback, a non-zero exit for bad input, a message on stderr, and
no terminal escape sequence from the claims copied to the terminal.
"""

from __future__ import annotations

import json
import traceback
import warnings

import pytest

from claimrec.cli import main

_GOOD = {"source": "FAMa", "subject": "militants", "predicate": "killed", "value": "over 80"}

_BAD_FILES: dict[str, bytes] = {
    "latin1": (json.dumps({**_GOOD, "place": "Ménaka"}, ensure_ascii=False) + "\n").encode(
        "latin-1"
    ),
    "not_json": b"this is not json\n",
    "binary": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
    "deep_nesting": b'{"value": ' + b"[" * 100_000 + b"\n",
    "duplicate_keys": b'{"source": "FAMa", "source": "JNIM", "subject": "x", "predicate": "y"}\n',
    "huge_number": json.dumps(_GOOD).replace('"over 80"', "9" * 5000).encode() + b"\n",
    "non_finite": json.dumps(_GOOD).replace('"over 80"', "1e400").encode() + b"\n",
    "lone_surrogate": json.dumps(_GOOD).replace("militants", "mili\\ud800").encode() + b"\n",
    "relay_cycle": (
        b'{"type": "report", "id": "a", "outlet": "A", "relays": "b"}\n'
        b'{"type": "report", "id": "b", "outlet": "B", "relays": "a"}\n'
    ),
    "unknown_field": json.dumps({**_GOOD, "valeu": 3}).encode() + b"\n",
    "qualifiers_object": json.dumps({**_GOOD, "qualifiers": {"a": 1}}).encode() + b"\n",
    "wrong_types": b'{"source": 3, "subject": [], "predicate": {}}\n',
}


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    # As the command runs: warnings are printed to stderr, not raised.
    trace = ""
    with warnings.catch_warnings(record=True) as shown:
        warnings.simplefilter("always")
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse's own exit for a bad option
            code = exc.code if isinstance(exc.code, int) else 1
        except Exception:  # noqa: BLE001 - what the user would see as a traceback
            code = -1
            trace = traceback.format_exc()
    captured = capsys.readouterr()
    printed = "".join(f"{w.category.__name__}: {w.message}\n" for w in shown)
    return code, captured.out, captured.err + printed + trace


def _assert_clean_failure(code: int, out: str, err: str) -> None:
    assert "Traceback" not in err
    assert code not in (0, -1)
    assert err.strip()
    assert "\x1b" not in out


@pytest.mark.parametrize("command", ["run", "show"])
@pytest.mark.parametrize("name", sorted(_BAD_FILES))
def test_bad_file_gives_a_message_and_no_traceback(name, command, tmp_path, capsys):
    """Every bad file: exit status 1, one message on stderr, no traceback."""
    path = tmp_path / f"{name}.jsonl"
    path.write_bytes(_BAD_FILES[name])
    code, out, err = _run([command, str(path)], capsys)
    _assert_clean_failure(code, out, err)
    assert str(path) in err


@pytest.mark.parametrize(
    "argv",
    [["run", "/nonexistent/claims.jsonl"], ["run", "."], ["run", "--method", "nope"],
     ["run", "--policy", "nope"], ["show", "--nope"], ["nope", "--method"]],
)  # fmt: skip
def test_bad_path_or_option_gives_a_message_and_no_traceback(argv, capsys):
    """Missing files, directories and unknown options: a message, no traceback."""
    code, out, err = _run(argv, capsys)
    _assert_clean_failure(code, out, err)


def test_unknown_show_column_gives_a_message_and_no_traceback(capsys):
    """`claimrec show --columns nope` names the column instead of a traceback."""
    code, out, err = _run(["show", "--columns", "id,nope"], capsys)
    _assert_clean_failure(code, out, err)


@pytest.mark.parametrize("command", ["run", "show"])
def test_empty_file_is_reported_with_a_non_zero_exit(command, tmp_path, capsys):
    """An empty claims file is an error for the command, not an empty report."""
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    code, out, err = _run([command, str(path)], capsys)
    _assert_clean_failure(code, out, err)


@pytest.mark.parametrize("command", ["run", "show"])
def test_terminal_escape_sequences_in_claims_are_not_printed(command, tmp_path, capsys):
    """An ANSI escape (or other control character) in a claim is shown escaped."""
    path = tmp_path / "escape.jsonl"
    claim = {**_GOOD, "subject": "mili\x1b[2J\x1b[31mtants", "place": "Kayes\x07"}
    path.write_text(json.dumps(claim) + "\n", encoding="utf-8")
    code, out, err = _run([command, str(path)], capsys)
    assert code == 0
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "Traceback" not in err
