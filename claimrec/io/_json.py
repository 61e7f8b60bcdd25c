"""Strict JSON for untrusted files (private helper of the readers).

Python's ``json`` module keeps the last of two equal keys, reads ``NaN`` and
``Infinity``, turns ``1e400`` into ``inf``, raises ``ValueError`` (not
``JSONDecodeError``) for an integer of more than 4,300 digits and ``RecursionError``
for deep nesting. :func:`loads` refuses each with :class:`JSONProblem` saying what is
wrong; :func:`decode` turns bytes into text or says which byte is not in the encoding.
"""

from __future__ import annotations

import codecs
import json
import math
from typing import Any

from claimrec._limits import MAX_INT_DIGITS, MAX_LINE_BYTES

__all__ = ["JSONProblem", "check_encoding", "decode", "loads"]


class JSONProblem(Exception):  # noqa: N818 - internal; readers turn it into FormatError
    """What is wrong with one JSON text, and on which line of it (1 when unknown).

    Examples
    --------
    >>> from claimrec.io._json import JSONProblem
    >>> JSONProblem("not JSON", 3).line
    3
    """

    def __init__(self, what: str, line: int = 1) -> None:
        super().__init__(what)
        self.what = what
        self.line = line


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) < len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise JSONProblem(f"key {key!r} appears twice in one object")
            seen.add(key)
    return out


def _finite(text: str) -> float:
    number = float(text)
    if math.isinf(number):
        raise JSONProblem(f"number {text[:40]} is beyond the range of a float")
    return number


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise JSONProblem(f"integer of {len(text):,} digits (at most {MAX_INT_DIGITS})")
    return int(text)


def _constant(name: str) -> Any:
    raise JSONProblem(f"{name} is not a JSON number")


_DECODER = json.JSONDecoder(
    object_pairs_hook=_no_duplicates,
    parse_float=_finite,
    parse_int=_bounded_int,
    parse_constant=_constant,
)

_SCAN = _DECODER.scan_once  # type: ignore[attr-defined] # set by JSONDecoder.__init__
_JSON_SPACE = " \t\n\r"


def loads(text: str | bytes, *, max_chars: int | None = MAX_LINE_BYTES) -> Any:
    """Parse one JSON text strictly.

    Raises
    ------
    JSONProblem
        For text that is not JSON, a key twice in one object, ``NaN`` or ``Infinity``,
        a number beyond float range, an integer of more than 100 digits, nesting too
        deep for the parser, or (with ``max_chars``) text longer than that.

    Examples
    --------
    >>> from claimrec.io._json import JSONProblem, loads
    >>> loads('{"a": 1}')
    {'a': 1}
    >>> try:
    ...     loads('{"a": 1, "a": 2}')
    ... except JSONProblem as exc:
    ...     print(exc)
    key 'a' appears twice in one object
    """
    if max_chars is not None and len(text) > max_chars:
        raise JSONProblem(f"line of {len(text):,} characters (at most {max_chars:,})")
    if type(text) is str:
        # The decoder's C scanner alone, without ``decode``'s two regular expressions and
        # frames: a good line ends where the value does (or in JSON whitespace). Anything
        # else (leading whitespace, a byte-order mark, an error) takes the full path below,
        # which gives the same value or the error to report.
        try:
            value, end = _SCAN(text, 0)
        except Exception:  # noqa: BLE001, S110 - any failure is diagnosed by the full path
            pass
        else:
            if end == len(text) or not text[end:].strip(_JSON_SPACE):
                return value
    return _loads_full(text)


def _loads_full(text: str | bytes) -> Any:
    """:func:`loads` without its fast path (and without the size check)."""
    try:
        if isinstance(text, str) and not text.startswith("\ufeff"):
            return _DECODER.decode(text)  # one decoder for every line: json.loads makes one a call
        return json.loads(
            text,
            object_pairs_hook=_no_duplicates,
            parse_float=_finite,
            parse_int=_bounded_int,
            parse_constant=_constant,
        )
    except json.JSONDecodeError as exc:
        raise JSONProblem(f"not JSON ({exc.msg} at column {exc.colno})", exc.lineno) from None
    except RecursionError:
        raise JSONProblem("JSON nested too deeply") from None
    except UnicodeDecodeError as exc:  # bytes given straight to json.loads
        raise JSONProblem(f"not text in a Unicode encoding ({exc.reason})") from None


def decode(
    raw: bytes, encoding: str, *, first: bool = True, max_bytes: int | None = MAX_LINE_BYTES
) -> str:
    """Return ``raw`` as text; a UTF-8 byte-order mark on the first line is skipped.

    Raises
    ------
    JSONProblem
        For more than ``max_bytes`` bytes, or naming the first byte that is not
        in ``encoding``, with a hint.

    Examples
    --------
    >>> from claimrec.io._json import JSONProblem, decode
    >>> decode("Ménaka".encode("latin-1"), "latin-1")
    'Ménaka'
    >>> try:
    ...     decode("Ménaka".encode("latin-1"), "utf-8")
    ... except JSONProblem as exc:
    ...     print(exc)
    byte 0xe9 at column 2 is not utf-8 text (try encoding='latin-1')
    """
    if max_bytes is not None and len(raw) > max_bytes:
        raise JSONProblem(f"line of {len(raw):,} bytes (at most {max_bytes:,})")
    codec = encoding
    if first and codecs.lookup(encoding).name == "utf-8":
        codec = "utf-8-sig"  # a byte-order mark opens some Windows files
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        latin = codecs.lookup(encoding).name == "iso8859-1"
        hint = "" if latin else " (try encoding='latin-1')"
        before = raw[: exc.start].decode(codec, errors="replace")
        line = before.count("\n") + 1
        column = len(before) - before.rfind("\n")
        raise JSONProblem(
            f"byte 0x{raw[exc.start]:02x} at column {column} is not {encoding} text{hint}", line
        ) from None


def check_encoding(encoding: object) -> str | None:
    """Return why ``encoding`` is not a usable text encoding, or None when it is.

    Examples
    --------
    >>> from claimrec.io._json import check_encoding
    >>> check_encoding("latin-1"), check_encoding("wtf-8")
    (None, "unknown encoding 'wtf-8'")
    """
    try:
        info = codecs.lookup(encoding)  # type: ignore[arg-type]
    except (LookupError, TypeError):
        return f"unknown encoding {encoding!r}"
    if not info._is_text_encoding:  # noqa: SLF001 - refuses rot13, zlib and the like
        return f"{encoding!r} is not a text encoding"
    return None
