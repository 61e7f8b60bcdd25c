"""Hostile value phrases through Quantity.parse and the model's to_value.

Reproducer classes of issue 13 whose fixes belong to quantity.py (issue 10): a quadratic
parser ("one to " repeated), ``"exactly " * 1000 + "5"`` hitting the recursion limit, and
numbers beyond float range or over 4,300 digits raising ``OverflowError``. Issue 10's fix
(a 200-character limit on an amount phrase, a loop instead of recursion, 10**15 as the
largest amount) makes them pass. Around them, the model bounds a value's length and JSON
Lines refuses such numbers by line.
"""

from __future__ import annotations

import contextlib
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimrec as cr
from claimrec._limits import MAX_TEXT_CHARS


def test_exactly_repeated_a_thousand_times_is_a_claimrec_error():
    """'exactly ' * 1000 + '5' reads or raises UnparsableValueError, not RecursionError."""
    escaped = None
    try:
        cr.Quantity.parse("exactly " * 1000 + "5")
    except cr.ClaimrecError:
        pass
    except RecursionError as exc:  # kept out of the report: its traceback is 1,000 frames
        escaped = type(exc).__name__
    assert escaped is None


@pytest.mark.parametrize(
    "text",
    ["9" * 400, "over " + "9" * 400, "9" * 5000, "10-" + "9" * 400],
    ids=["400-digits", "over-400-digits", "5000-digits", "range-to-400-digits"],
)
def test_number_beyond_float_range_or_over_4300_digits_is_a_claimrec_error(text):
    """A number phrase beyond float range is an UnparsableValueError, not OverflowError."""
    with pytest.raises(cr.ClaimrecError):
        cr.Quantity.parse(text)


def test_integer_beyond_float_range_is_a_claimrec_error():
    """Quantity.parse(10**400) is an InvalidClaimError, not OverflowError."""
    with pytest.raises(cr.ClaimrecError):
        cr.Quantity.parse(10**400)


def test_one_to_repeated_parses_in_linear_time():
    """A 7 KB 'one to ...' phrase is refused in well under 0.2 s (it took ~0.5 s)."""
    start = time.process_time()
    with contextlib.suppress(cr.ClaimrecError):
        cr.Quantity.parse("one to " * 1000 + "two")
    assert time.process_time() - start < 0.2


def test_value_longer_than_the_text_limit_never_reaches_the_parser():
    """The model refuses a value over MAX_TEXT_CHARS before parsing: bounded time."""
    start = time.process_time()
    with pytest.raises(cr.InvalidClaimError, match="longer than"):
        cr.Claim(source="FAMa", subject="militants", predicate="killed",
                 value="one to " * 4000 + "two")  # fmt: skip
    assert time.process_time() - start < 0.5  # parsing it took 6 s
    assert len("one to " * 4000) > MAX_TEXT_CHARS


def test_huge_number_in_a_claims_file_is_refused_by_line():
    """JSON Lines refuses a 5,000-digit value before it reaches Quantity."""
    line = '{"source": "FAMa", "subject": "militants", "predicate": "killed", "value": %s}'
    with pytest.raises(cr.FormatError, match="digits"):
        cr.loads_jsonl(line % ("9" * 5000))


@given(st.text(alphabet="0123456789 ,.-toneverxablysqu", max_size=40))
def test_short_number_phrases_parse_or_raise_a_claimrec_error(text):
    """Short phrases of digits and quantity words parse or raise a ClaimrecError."""
    with contextlib.suppress(cr.ClaimrecError):
        cr.Quantity.parse(text)
