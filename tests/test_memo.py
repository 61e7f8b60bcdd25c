"""The memos of construction (model converters, TimeSpan.parse) against the conversions they skip.

Reading a million claims converts each distinct raw string once: the text fields, the
enum words, publication dates, values given as text and date phrases are remembered by
their raw form. These oracle tests check that a remembered conversion is the one the
converter would make afresh, that bad input still raises every time, and that warnings
are not swallowed by the memo.
"""

from __future__ import annotations

import datetime as dt
import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimrec as cr
from claimrec import model, timespan
from claimrec.errors import ClaimrecWarning, InvalidClaimError, UnparsableValueError

_texts = st.text(alphabet=st.sampled_from("ab Cé\t\n-'\u00a0\ud800"), max_size=12)


def _fresh(call):
    """Run ``call`` with every memo empty (the conversion a first sight makes)."""
    saved = [dict(m) for m in _MEMOS]
    for m in _MEMOS:
        m.clear()
    try:
        return call()
    finally:
        for m, old in zip(_MEMOS, saved, strict=True):
            m.clear()
            m.update(old)


_MEMOS = (model._TEXTS, model._ENUMS, model._DATES, model._VALUES, timespan._SPANS)


def _outcome(call):
    try:
        return ("ok", call())
    except (InvalidClaimError, UnparsableValueError) as exc:
        return ("error", str(exc))


@given(_texts, st.sampled_from(["subject", "place", "url"]))
def test_remembered_texts_are_the_fresh_conversion(text, field):
    """Every text converter gives, the second time, what it gives on first sight."""
    for convert in (model._nonblank, model._optional_text):
        first = _fresh(lambda convert=convert: _outcome(lambda: convert(field, text)))
        again = [_outcome(lambda convert=convert: convert(field, text)) for _ in range(2)]
        assert again == [first, first]


@given(st.sampled_from(["asserted", "Denied", "deny", " armed group", "nope", "", "STATE"]))
def test_remembered_enum_words_are_the_fresh_conversion(word):
    """Polarity and source kind words: the same member, or the same error, every time."""
    for convert in (model._to_polarity, model._to_kind):
        first = _fresh(lambda convert=convert: _outcome(lambda: convert(word)))
        again = [_outcome(lambda convert=convert: convert(word)) for _ in range(2)]
        assert again == [first, first]


def test_a_blank_string_is_refused_even_when_remembered():
    """The cleaned form of a blank string is "": remembering it must not let it through."""
    assert model._optional_text("place", "  ") is None
    with pytest.raises(InvalidClaimError, match="non-blank"):
        model._nonblank("subject", "  ")


def test_one_off_fields_are_not_remembered():
    """Report ids, urls and quotes are one-off: they would push the repeated texts out."""
    model._TEXTS.clear()
    cr.Report(outlet="ORTM", id="r-unique-1", url="https://x.example/1")
    assert "r-unique-1" not in model._TEXTS
    assert "https://x.example/1" not in model._TEXTS
    assert "ORTM" in model._TEXTS


def test_a_full_memo_starts_again():
    """A memo never holds more than its size: it is cleared when full."""
    memo: dict[str, int] = {}
    for k in range(model._MEMO_SIZE + 10):
        model._remember(memo, str(k), k)
    assert len(memo) == 10


@given(st.sampled_from(["2025-07-01", "2025-07-01T10:00", " 2025-07-02 ", "1 July 2025", "x"]))
def test_remembered_dates_are_the_fresh_conversion(text):
    """Publication dates given as text."""
    first = _fresh(lambda: _outcome(lambda: model._to_date(text)))
    assert [_outcome(lambda: model._to_date(text)) for _ in range(2)] == [first, first]


_VALUE_TEXTS = ["over 80", "dozens", "2025-06-02", "Kayes, Diboli and Sandaré",
                "gave no figure", "heavy losses", "30 days", "3", " 3 ", "10.5"]  # fmt: skip


@given(st.sampled_from(_VALUE_TEXTS))
def test_remembered_values_are_the_fresh_conversion(text):
    """Values given as text: the same typed value (of the same type) every time."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "30 days" warns: below
        first = _fresh(lambda: model.to_value(text))
        for _ in range(2):
            again = model.to_value(text)
            assert again == first
            assert type(again) is type(first)
            assert str(again) == str(first)


def test_text_that_stays_text_warns_every_time():
    """A warning is said each time: text values are not remembered."""
    for _ in range(3):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            assert cr.to_value("30 days") == "30 days"
        assert [w.category for w in caught] == [ClaimrecWarning]


_PHRASES = ["Tuesday", "last Friday", "2025-07-01", "early July", "hier soir", "lots of"]


@given(
    st.sampled_from(_PHRASES),
    st.one_of(st.none(), st.dates(dt.date(2020, 1, 1), dt.date(2026, 12, 31))),
)
def test_remembered_spans_are_the_fresh_parse(text, reference):
    """TimeSpan.parse: the same span (bounds, precision, text) or the same error, per day."""

    def parse():
        span = cr.TimeSpan.parse(text, reference=reference)
        return (span.start, span.end, span.precision, span.text, str(span))

    first = _fresh(lambda: _outcome(parse))
    assert [_outcome(parse) for _ in range(2)] == [first, first]


def test_a_relative_phrase_is_read_against_each_reference():
    """The memo is by (phrase, reference): "Tuesday" differs from one week to the next."""
    one = cr.TimeSpan.parse("Tuesday", reference=dt.date(2025, 7, 2))
    two = cr.TimeSpan.parse("Tuesday", reference=dt.date(2025, 7, 9))
    assert (str(one), str(two)) == ("2025-07-01", "2025-07-08")


@given(st.lists(st.sampled_from(_VALUE_TEXTS), min_size=1, max_size=5))
def test_claims_read_from_a_table_twice_are_equal(values):
    """Claims built from text with warm memos equal those built with empty ones."""
    records = [
        {"source": "FAMa", "subject": "soldiers", "predicate": "killed", "value": v,
         "when": "Tuesday", "outlet": "ORTM", "published": "2025-07-02", "place": " Kayes "}
        for v in values
    ]  # fmt: skip
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        first = _fresh(lambda: cr.from_records(records))
        assert cr.from_records(records) == first
