"""The memos of construction (model converters, TimeSpan.parse) against the conversions they skip.

Reading a million claims converts each distinct raw string once: the text fields, the
enum words, publication dates, values given as text and date phrases are remembered by
their raw form. These oracle tests check that a remembered conversion is the one the
converter would make afresh, that bad input still raises every time, and that warnings
are not swallowed by the memo.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import warnings

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec import model, timespan
from claimrec.errors import ClaimrecWarning, InvalidClaimError, UnparsableValueError
from tests.strategies import examples

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


# ----------------------------------------------------------------- bulk construction oracle

_TEXT = st.sampled_from(["militants", " militants ", "Kayes", "reportedly", "x" * 70])
_OPTIONAL_TEXT = st.one_of(st.none(), _TEXT, st.sampled_from(["  ", ""]))
_NOT_TEXT = st.one_of(
    st.integers(-2, 2), st.just(["a"]), st.just({"k": 1}), st.sampled_from(["  ", "\ud800"])
)
_REPORT = cr.Report(outlet="ORTM", published="2025-07-02", id="r1")
_TIME = st.one_of(
    st.none(),
    st.sampled_from(["Tuesday", "2025-07-01", "early July", " 2025-07-01 "]),
    st.just(cr.TimeSpan.parse("2025-07-01")),
    st.dates(dt.date(2020, 1, 1), dt.date(2026, 12, 31)),
)
#: For each field of a claim: (good raw values, bad ones).
_CLAIM_FIELDS = {
    "source": (st.one_of(st.just("FAMa"), st.just(cr.Source(name="JNIM")),
                         st.just({"name": "FAMa", "kind": "state"})), _NOT_TEXT),
    "subject": (_TEXT, _NOT_TEXT),
    "predicate": (_TEXT, _NOT_TEXT),
    "value": (st.one_of(st.none(), st.booleans(), st.sampled_from(_VALUE_TEXTS),
                        st.integers(-5, 100),
                        st.lists(st.sampled_from(["Kayes", "Diboli"]), max_size=3),
                        st.builds(cr.Quantity.parse, st.sampled_from(["over 80", "3", "dozens"])),
                        st.just(cr.Category(value="ambush"))),
              st.one_of(st.sampled_from(["", "  "]), st.just(float("nan")), st.just({"k": 1}),
                        st.just([""]))),
    "polarity": (st.one_of(st.sampled_from(["asserted", "Denied", "deny"]),
                           st.just(cr.Polarity.DENIED), st.booleans()),
                 st.sampled_from(["nope", "", None])),
    "hedge": (_OPTIONAL_TEXT, _NOT_TEXT),
    "qualifiers": (st.one_of(st.none(), st.just([]), st.just(("a", " a ")), st.just("in all")),
                   st.one_of(st.just([" "]), st.just({"a": 1}), st.just(""))),
    "actor": (_OPTIONAL_TEXT, _NOT_TEXT),
    "place": (_OPTIONAL_TEXT, _NOT_TEXT),
    "when": (_TIME, st.one_of(st.sampled_from(["lots of", "  "]), st.integers(0, 3))),
    "stated": (_TIME, st.one_of(st.sampled_from(["lots of"]), st.integers(0, 3))),
    "event": (_OPTIONAL_TEXT, _NOT_TEXT),
    "via": (st.one_of(st.none(), st.just(_REPORT), st.just("ORTM"),
                      st.just({"outlet": "AFP", "published": "2025-07-03"})),
            st.one_of(st.just(" "), st.integers(0, 1), st.just({"colour": 1}))),
    "quote": (_OPTIONAL_TEXT, _NOT_TEXT),
    "id": (st.one_of(st.sampled_from(["c1", " c2 ", "", "  "]), st.integers(-3, 3), st.none()),
           st.one_of(st.booleans(), st.just(10**101), st.just("\ud800"))),
}  # fmt: skip
#: For each field of a report: (good raw values, bad ones).
_REPORT_FIELDS = {
    "outlet": (_TEXT, _NOT_TEXT),
    "published": (st.one_of(st.none(), st.sampled_from(["2025-07-01", " ", "1 July 2025"]),
                            st.dates(dt.date(2020, 1, 1), dt.date(2026, 12, 31))),
                  st.one_of(st.sampled_from(["x"]), st.integers(0, 2))),
    "url": (_OPTIONAL_TEXT, _NOT_TEXT),
    "author": (_OPTIONAL_TEXT, _NOT_TEXT),
    "title": (_OPTIONAL_TEXT, _NOT_TEXT),
    "relays": (st.one_of(st.none(), st.just(_REPORT)), st.just("r1")),
    "id": (st.sampled_from(["r9", " r9 "]), st.one_of(st.sampled_from(["", " "]), st.none())),
}  # fmt: skip


@st.composite
def _fields(draw, strategies, required):
    """Fields for a class: the required ones and some others, good; then now and then one
    of them bad, a required one left out, or an unknown one added (``colour``)."""
    fields = draw(
        st.fixed_dictionaries(
            {key: strategies[key][0] for key in required},
            optional={key: good for key, (good, _) in strategies.items() if key not in required},
        )
    )
    twist = draw(st.sampled_from([None, None, "bad", "bad", "missing", "colour"]))
    key = draw(st.sampled_from(sorted(strategies)))
    if twist == "bad":
        fields[key] = draw(strategies[key][1])
    elif twist == "missing":
        fields.pop(key, None)
    elif twist == "colour":
        fields["colour"] = "red"
    return fields


def _made(build, fields):
    """What building gives: the object (and its fields), or the error, and the warnings."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            made = build(fields)
            out = ("ok", made, [getattr(made, f.name) for f in attrs.fields(type(made))])
        except Exception as exc:  # noqa: BLE001 - the oracle compares any error
            out = ("error", type(exc).__name__, str(exc))
    return (*out, [(w.category, str(w.message)) for w in caught])


@settings(max_examples=examples(200))
@given(_fields(_CLAIM_FIELDS, ["source", "subject", "predicate"]), st.booleans())
def test_assembled_claims_are_the_claims_init_builds(fields, warm):
    """``_assemble_claim`` (the readers' builder) gives ``Claim(**fields)``: the same fields
    of the same types, or the same error, with the same warnings, memos cold or warm."""
    if warm:  # every raw text seen before: the memo lookups answer
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            for build in (model._assemble_claim, lambda f: model.Claim(**f)):
                with contextlib.suppress(Exception):  # warming only
                    build(fields)
        expected = _made(lambda f: model.Claim(**f), fields)
    else:
        expected = _fresh(lambda: _made(lambda f: model.Claim(**f), fields))
    got = (
        _made(model._assemble_claim, fields)
        if warm
        else _fresh(lambda: _made(model._assemble_claim, fields))
    )
    assert got == expected
    if got[0] == "ok":
        assert [type(v) for v in got[2]] == [type(v) for v in expected[2]]


@settings(max_examples=300)
@given(_fields(_REPORT_FIELDS, ["outlet", "id"]))
def test_assembled_reports_are_the_reports_init_builds(fields):
    """``_assemble_report`` gives ``Report(**fields)`` (or its error), cold and warm."""
    expected = _fresh(lambda: _made(lambda f: model.Report(**f), fields))
    assert _fresh(lambda: _made(model._assemble_report, fields)) == expected
    _made(lambda f: model.Report(**f), fields)  # warm the memos
    assert _made(model._assemble_report, fields) == expected
