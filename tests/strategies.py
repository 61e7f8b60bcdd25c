"""Hypothesis strategies shared by the test modules: one plain function per value type."""

from __future__ import annotations

import datetime as dt
import math

from hypothesis import settings
from hypothesis import strategies as st

from claimrec._text import normalize
from claimrec.category import Category, SetValue, Unstated
from claimrec.errors import InvalidClaimError
from claimrec.model import Claim, Polarity, Report, Source, SourceKind
from claimrec.quantity import Quantity, QuantityKind
from claimrec.timespan import Precision, TimeSpan

#: The default profile's examples (``ci`` 60, ``dev`` 30, ``thorough`` 1000; ``conftest.py``),
#: read when this module is imported, after ``conftest.py`` has loaded the profile.
_PROFILE_EXAMPLES = settings.default.max_examples


def examples(n: int) -> int:
    """How many examples a costly property tries: ``n``, more under the thorough profile.

    A property whose every example builds whole alignments or resolutions twice (an oracle)
    sets its count with this: ``n`` under the ``ci`` and ``dev`` profiles (and Hypothesis's
    own default), keeping the suite inside its time budget; ``HYPOTHESIS_PROFILE=thorough``
    multiplies it by 16 (1000 // 60), as it lifts the default, where a plain
    ``settings(max_examples=n)`` stays at ``n`` under every profile. Loops that sample cases
    (not Hypothesis) take their size from it too.
    """
    return n * max(1, _PROFILE_EXAMPLES // 60)


#: Phrases whose quantities the parser builds in ways the constructors do not (vague, zero, nearly).
_QUANTITY_PHRASES = (
    "none",
    "no one",
    "aucun",
    "a few",
    "several",
    "plusieurs",
    "a number of",
    "many",
    "tens",
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "des dizaines",
    "several hundred",
    "quelques centaines",
    "a dozen",
    "une vingtaine",
    "nearly 50",
    "almost 7",
    "près de 100",
    "fewer than 50",
    "over 80",
    "at least 30",
    "80+",
    "up to 12",
)


def quantities(
    *, integer: bool | None = None, min_value: int = 0, max_value: int = 10**6
) -> st.SearchStrategy[Quantity]:
    """Valid quantities of every kind: phrase-like families and raw intervals.

    ``integer`` fixes whether they count whole things (both when None). Raw intervals
    (open or unbounded sides, a best estimate, kind VAGUE) draw their bounds from
    ``[min_value, max_value]``; pass a negative ``min_value`` to exercise negative bounds.
    """
    flags = st.booleans() if integer is None else st.just(integer)
    return flags.flatmap(lambda flag: _quantities(flag, min_value, max_value))


def _numbers(integer: bool, lo: float, hi: float) -> st.SearchStrategy[float]:
    ints = st.integers(int(lo), int(hi)).map(float)
    if integer:
        return ints
    return ints | st.floats(lo, hi, allow_nan=False, allow_infinity=False)


def _quantities(integer: bool, min_value: int, max_value: int) -> st.SearchStrategy[Quantity]:
    n = _numbers(integer, 0, max_value)
    pairs = st.tuples(n, n).map(sorted)
    families = st.one_of(
        n.map(lambda x: Quantity.exact(x, integer=integer)),
        pairs.map(lambda ab: Quantity.between(ab[0], ab[1], integer=integer)),
        n.map(lambda x: Quantity.at_least(x, integer=integer)),
        n.map(lambda x: Quantity.at_most(x, integer=integer)),
        n.map(lambda x: Quantity.approximately(x, integer=integer)),
        st.sampled_from(_QUANTITY_PHRASES).map(lambda p: Quantity.parse(p, integer=integer)),
    )
    return families | _raw_quantities(integer, min_value, max_value)


@st.composite
def _raw_quantities(draw: st.DrawFn, integer: bool, min_value: int, max_value: int) -> Quantity:
    n = _numbers(integer, min_value, max_value)
    low, high = draw(st.none() | n), draw(st.none() | n)
    if low is not None and high is not None and low > high:
        low, high = high, low
    low_open, high_open = draw(st.booleans()), draw(st.booleans())
    try:
        q = Quantity(low=low, high=high, low_open=low_open, high_open=high_open, integer=integer)
    except InvalidClaimError:  # empty once open bounds are closed onto whole numbers
        q = Quantity(low=low, high=high, integer=integer)
    if not q.is_point and draw(st.booleans()):
        lo = q.low if q.low is not None else (q.high or 0) - max_value
        hi = q.high if q.high is not None else (q.low or 0) + max_value
        lo = math.nextafter(lo, math.inf) if q.low_open else lo
        hi = math.nextafter(hi, -math.inf) if q.high_open else hi
        if lo <= hi:  # adjacent floats leave no room between open bounds
            q = Quantity(
                low=q.low,
                high=q.high,
                low_open=q.low_open,
                high_open=q.high_open,
                best=draw(st.floats(lo, hi)),
                integer=integer,
                kind=q.kind,
            )
    if draw(st.booleans()):
        q = Quantity(
            low=q.low,
            high=q.high,
            low_open=q.low_open,
            high_open=q.high_open,
            best=q.best,
            integer=integer,
            kind=QuantityKind.VAGUE,
        )
    return q


# ---------------------------------------------------------------- time spans and categories

_PART_OF_DAY_HOURS = (5, 12, 18, 22)
_PART_OF_DAY_LENGTHS = {5: 7, 12: 6, 18: 4, 22: 7}


@st.composite
def timespans(
    draw: st.DrawFn,
    *,
    min_day: dt.date = dt.date(1990, 1, 1),
    max_day: dt.date = dt.date(2040, 12, 30),
    precisions: tuple[Precision, ...] = tuple(Precision),
) -> TimeSpan:
    """Valid TimeSpans of every precision, starting between ``min_day`` and ``max_day``.

    RANGE spans are drawn from whole days (their ``str`` is a date interval) and from
    arbitrary instants down to the microsecond.
    """
    precision = draw(st.sampled_from(precisions))
    day = draw(st.dates(min_value=min_day, max_value=max_day))
    midnight = dt.datetime(day.year, day.month, day.day)
    if precision is Precision.MINUTE:
        start = midnight + dt.timedelta(minutes=draw(st.integers(0, 24 * 60 - 1)))
        end = start + dt.timedelta(minutes=1)
    elif precision is Precision.HOUR:
        start = midnight + dt.timedelta(hours=draw(st.integers(0, 23)))
        end = start + dt.timedelta(hours=1)
    elif precision is Precision.PART_OF_DAY:
        hour = draw(st.sampled_from(_PART_OF_DAY_HOURS))
        start = midnight + dt.timedelta(hours=hour)
        end = start + dt.timedelta(hours=_PART_OF_DAY_LENGTHS[hour])
    elif precision is Precision.DAY:
        start, end = midnight, midnight + dt.timedelta(days=1)
    elif precision is Precision.WEEK:
        start = midnight - dt.timedelta(days=day.weekday())
        end = start + dt.timedelta(days=7)
    elif precision is Precision.PART_OF_MONTH:
        first = draw(st.sampled_from((1, 11, 21)))
        start = midnight.replace(day=first)
        end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        if first < 21:
            end = start + dt.timedelta(days=10)
    elif precision is Precision.MONTH:
        start = midnight.replace(day=1)
        end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    elif precision is Precision.YEAR:
        start = midnight.replace(month=1, day=1)
        end = start.replace(year=start.year + 1)
    elif draw(st.booleans()):
        start = midnight
        end = start + dt.timedelta(days=draw(st.integers(1, 60)))
    else:
        start = draw(st.datetimes(min_value=midnight, max_value=midnight + dt.timedelta(days=1)))
        end = start + draw(
            st.timedeltas(min_value=dt.timedelta(microseconds=1), max_value=dt.timedelta(days=60))
        )
    return TimeSpan(start=start, end=end, precision=precision)


_CATEGORY_WORDS = (
    "repelled",
    "Fought off",
    "captured",
    "seized",
    "Ménaka",
    "armed clash",
    "civilians",
    "Jama'at Nusrat al-Islam",
)


def categories() -> st.SearchStrategy[Category]:
    """Categories named by common words or by arbitrary non-blank text."""
    free_text = st.text(min_size=1, max_size=16).filter(lambda text: bool(normalize(text)))
    return st.one_of(st.sampled_from(_CATEGORY_WORDS), free_text).map(Category.of)


# ---------------------------------------------------------------- sources, reports and claims

_NAMES = ("FAMa", "JNIM", "GSIM", "Reuters", "Kayes resident", "Mali's army", "ORTM")
_SUBJECTS = ("militants", "soldiers", "civilians", "military installations", "attacks")
_PREDICATES = ("killed", "neutralised", "captured", "seized control of", "repelled", "wounded")
_PLACES = ("Kayes", "Diboli", "Binoli", "western Mali", "Tombouctou", "Ménaka")
_words = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12
).filter(lambda t: bool(t.strip()))


def _name_or_word(choices: tuple[str, ...]) -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(choices), _words)


def sources() -> st.SearchStrategy[Source]:
    """Sources of every kind, some with parties, aliases and prior reliabilities."""
    return st.builds(
        Source,
        name=_name_or_word(_NAMES),
        kind=st.sampled_from(SourceKind),
        party=st.none() | _words,
        aliases=st.lists(_words, max_size=2),
        reliability=st.none() | st.floats(0, 1),
    )


@st.composite
def reports(draw: st.DrawFn, depth: int = 2) -> Report:
    """Reports, some relaying others (chains up to ``depth`` long)."""
    relayed = draw(st.none() | reports(depth - 1)) if depth > 0 else None
    return Report(
        outlet=draw(_name_or_word(_NAMES)),
        published=draw(st.none() | st.dates(dt.date(2020, 1, 1), dt.date(2030, 1, 1))),
        title=draw(st.none() | _words),
        relays=relayed,
    )


@st.composite
def set_values(draw: st.DrawFn) -> SetValue:
    """Lists of names: complete or partial, with or without a count that allows them."""
    names = _name_or_word(_PLACES).filter(lambda t: bool(normalize(t)))
    members = draw(st.lists(names, min_size=1, max_size=4))
    size = len({normalize(m) for m in members})
    exhaustive = draw(st.booleans())
    count = None
    if draw(st.booleans()):
        n = size if exhaustive else draw(st.integers(size, size + 5))
        count = Quantity.parse(draw(st.sampled_from((f"{n}", f"at least {n}", f"{n}-{n + 3}"))))
    text = draw(st.none() | st.sampled_from(("Kayes, Diboli and Gao", "seven towns")))
    return SetValue(members=members, count=count, exhaustive=exhaustive, text=text)


def unstated() -> st.SearchStrategy[Unstated]:
    """'No figure given', with or without the source's words."""
    return st.builds(Unstated, text=st.none() | st.sampled_from(("gave no figure", "sans bilan")))


def _values() -> st.SearchStrategy[object]:
    return st.one_of(
        st.none(),
        st.booleans(),
        quantities(),
        timespans(),
        categories(),
        set_values(),
        unstated(),
        st.sampled_from(("coordinated and of high quality", "significant", "West Africa's coast")),
    )


def claims(*, max_size: int = 6) -> st.SearchStrategy[list[Claim]]:
    """Lists of claims with every field drawn, including typed values and relay chains."""
    claim = st.builds(
        Claim,
        source=sources(),
        subject=_name_or_word(_SUBJECTS),
        predicate=_name_or_word(_PREDICATES),
        value=_values(),
        polarity=st.sampled_from(Polarity),
        hedge=st.none() | st.sampled_from(("reportedly", "provisional", "claimed")),
        qualifiers=st.lists(_words, max_size=2),
        actor=st.none() | _name_or_word(_NAMES),
        place=st.none() | _name_or_word(_PLACES),
        when=st.none() | timespans(),
        stated=st.none() | timespans(),
        event=st.none() | _words,
        via=st.none() | reports(),
        quote=st.none() | _words,
    )
    return st.lists(claim, max_size=max_size)
