"""The bounds claimrec puts on untrusted input (private; stated in docs/robustness.md).

Every bound is checked where input enters, and exceeding it raises a
:class:`~claimrec.ClaimrecError` naming the field or line, never a Python error from deep
inside (``RecursionError``, ``OverflowError``, ``MemoryError``).

Examples
--------
>>> from claimrec import _limits
>>> _limits.MAX_TEXT_CHARS, _limits.MAX_RELAY_DEPTH
(10000, 100)
"""

from __future__ import annotations

#: Characters in one text field of a claim, source or report (a quote included).
MAX_TEXT_CHARS = 10_000
#: Reports in one relay chain (a report, the one it relays, and so on back to the origin).
MAX_RELAY_DEPTH = 100
#: Characters in a date or time phrase (longer text is not a date).
MAX_PHRASE_CHARS = 1_000
#: Bytes in one line of a JSON Lines file.
MAX_LINE_BYTES = 1_000_000
#: Digits in one JSON integer (Python itself refuses more than 4,300).
MAX_INT_DIGITS = 100


def lone_surrogate(text: str) -> str | None:
    r"""Return the first lone surrogate in ``text`` as ``U+XXXX``, or None when there is none.

    Such a code point (from a ``"\ud800"`` JSON escape, or undecodable bytes read with
    ``errors="surrogateescape"``) is not Unicode text: it cannot be written as UTF-8.

    Examples
    --------
    >>> from claimrec._limits import lone_surrogate
    >>> lone_surrogate("ok"), lone_surrogate("bad \ud800")
    (None, 'U+D800')
    """
    if text.isascii():
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"U+{ord(text[exc.start]):04X}"
    return None
