"""Hostile CSV tables: deeply nested JSON cells and mutated files never escape as Python errors.

Reproducer class found by ``benchmarks/fuzz.py``: a list or relay-chain cell holding JSON
nested 100,000 deep raised ``RecursionError`` from ``read_csv``.
"""

from __future__ import annotations

import contextlib
import io
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr

_HEADER = "source,subject,predicate,qualifiers,relays_chain\n"


@pytest.mark.parametrize("column", ["qualifiers", "relays_chain"])
def test_csv_cell_holding_deeply_nested_json_is_not_a_recursion_error(column):
    """A cell of 100,000 nested brackets is a FormatError naming the column, not RecursionError."""
    cells = {"qualifiers": "", "relays_chain": ""}
    cells[column] = "[" * 100_000
    row = f"FAMa,militants,killed,{cells['qualifiers']},{cells['relays_chain']}\n"
    with pytest.raises(cr.FormatError, match=column.split("_")[0]):
        cr.read_csv(io.StringIO(_HEADER + row))


def _seed() -> str:
    buffer = io.StringIO()
    cr.write_csv(cr.datasets.mali_2025()[:4], buffer)
    return buffer.getvalue()


_SEED = _seed()
_TOKENS = ["[" * 3000, '"', ",", "\n", "\x00", "1e400", "9" * 5000, "\ud800", "\u200b", ";",
           "NaN", '[{"outlet": 3}]', "31/02/2025", "9999-12-31"]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(_SEED)), st.integers(0, 8), st.sampled_from(_TOKENS)),
                max_size=4))  # fmt: skip
def test_mutated_csv_reads_or_raises_a_claimrec_error(edits):
    """The example table with hostile tokens spliced in never raises a Python error."""
    text = _SEED
    for position, cut, token in edits:
        text = text[:position] + token + text[position + cut :]
    with warnings.catch_warnings(), contextlib.suppress(cr.ClaimrecError):
        warnings.simplefilter("ignore", cr.ClaimrecWarning)
        cr.read_csv(io.StringIO(text))


@given(st.text(max_size=40))
def test_category_of_any_text_is_a_category_or_a_claimrec_error(text):
    """Category.of on any text with a letter or digit: a category with a non-empty name."""
    if any(ch.isalnum() for ch in text):
        assert cr.Category.of(text).value
    else:
        with contextlib.suppress(cr.InvalidClaimError):
            cr.Category.of(text)
