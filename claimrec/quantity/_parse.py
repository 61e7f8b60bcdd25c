"""Reading amounts from words: the tables and the parser.

Number words are read in English and French here, and in Spanish, Portuguese, Italian, German,
Dutch, the Scandinavian languages, Russian, Ukrainian, Polish, Indonesian and Swahili from
``data/numbers.json`` (:mod:`claimrec.quantity._words`); the qualifiers ("at least", "mindestens",
"не менее", "co najmniej", "sedikitnya") also in Spanish, Portuguese, Italian, German, Dutch, the
Scandinavian languages, Russian, Ukrainian, Polish, Czech, Hungarian, Indonesian, Swahili and
Arabic ("nejméně", "legalább", "ما يصل إلى"); vague amounts ("dozens", "Dutzende", "десятки",
"setki") and approximate nouns ("a dozen", "une vingtaine", "una decina") also in Spanish,
Portuguese, Italian, German, Dutch, the Scandinavian languages, Russian, Ukrainian, Polish,
Indonesian, Swahili and a few words of Arabic. Digits are read in every language. Ranges
written with the words of other languages ("zwischen 30 und 90", "от 30 до 90", "بين 30 و90",
"500 voire 600") and inflected vague amounts ("Hunderten", "сотнями") come from
``data/numbers.json`` too.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from claimrec.errors import InvalidClaimError, UnparsableValueError
from claimrec.quantity._base import (
    _NOT_A_QUANTITY,
    QuantityKind,
    _Bounds,
    _scaled,
    _widened,
)
from claimrec.quantity._words import foreign_number, foreign_scale, numbers_data

if TYPE_CHECKING:
    from claimrec.quantity._core import Quantity

__all__ = ["number_word"]


# ------------------------------------------------------------------------------ parsing


class _RejectError(Exception):
    """A specific reason the phrase is not an amount."""


class _Num(NamedTuple):
    value: Fraction
    scale: int  # the multiplier word or suffix, 1 if none ("2 million" -> 1_000_000)
    approx: bool  # an approximate noun: "a dozen", "une vingtaine"


class _Vague(NamedTuple):
    phrase: str  # canonical phrase, for rendering
    low: float
    high: float | None
    conservative: int


_APOSTROPHES = "'`\u2018\u2019\u02bc\u02bb\u00b4"
_PREPARE = str.maketrans(
    {
        **dict.fromkeys(_APOSTROPHES, " "),
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        **dict.fromkeys("\u00a0\u202f\u2009\u2007", " "),
        "\u2265": ">=",
        "\u2264": "<=",
        "\u2248": "~",
    }
)
_SPACES = re.compile(r"\s+")
_TRAILING_OF = re.compile(r"\s+(?:of|de|d)$")


def _prepare(text: str) -> str:
    """Casefold, drop accents, map dashes and apostrophes; keep ``.,+-~<>``."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_PREPARE))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    plain = _SPACES.sub(" ", plain).strip()
    stripped = _TRAILING_OF.sub("", plain)
    return stripped or plain


# number words: additive values and multipliers, English and French in one table
def _listed(words: str, sep: str = " ") -> list[str]:
    """Split a table written as one string (kept on one line for reading)."""
    return words.split(sep)


_ADD = {
    **dict(
        zip(_listed("one two three four five six seven eight nine ten"), range(1, 11), strict=True)
    ),
    **dict(
        zip(
            _listed("eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"),
            range(11, 20),
            strict=True,
        )
    ),
    **dict(
        zip(
            _listed("twenty thirty forty fifty sixty seventy eighty ninety"),
            range(20, 100, 10),
            strict=True,
        )
    ),
    **dict(
        zip(_listed("un deux trois quatre cinq six sept huit neuf dix"), range(1, 11), strict=True)
    ),
    **dict(zip(_listed("onze douze treize quatorze quinze seize"), range(11, 17), strict=True)),
    "une": 1,
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
}


_HUNDRED = frozenset({"hundred", "cent", "cents"})
_ET_NEXT = frozenset({"un", "une", "onze"})
_SCALE_WORDS = {
    "thousand": 1000,
    "mille": 1000,
    "million": 10**6,
    "millions": 10**6,
    "billion": 10**9,
    "billions": 10**9,
    "milliard": 10**9,
    "milliards": 10**9,
}
_SUFFIX_SCALE = {
    "k": 1000,
    "m": 10**6,
    "mn": 10**6,
    "bn": 10**9,
    "hundred": 100,
    "thousand": 1000,
    "mille": 1000,
    "millier": 1000,
    "milliers": 1000,
    **{w: v for w, v in _SCALE_WORDS.items() if v >= 10**6},
}
_SCALE_ALT = "|".join(sorted(_SUFFIX_SCALE, key=len, reverse=True))
# 1,200 / 12,000.5 / 1 200 / 1 200,5 / 1.200 / 1.200.000 / 1.200,5 (French thousands)
_GROUPED = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?: \d{3})+(?:[.,]\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?"
)
_PLAIN = r"\d+(?:[.,]\d+)?"  # 80 / 1.5 / 1,5 (a decimal comma: never three digits)
_DIGITS = re.compile(rf"(?P<num>{_GROUPED}|{_PLAIN})(?:\s*(?P<scale>{_SCALE_ALT}))?")
_AMOUNT = rf"(?:{_GROUPED}|{_PLAIN})(?:\s*(?:{_SCALE_ALT}))?"
#: The longest phrase read as an amount, and the largest amount: beyond them, a claimrec error.
_MAX_PHRASE = 200
_MAX_AMOUNT = 10**15
#: "30-odd", "thirty odd", "30 et quelques": more than n, below n plus its last round unit.
_ODD = re.compile(r"(?P<n>.+?)(?:\s*-\s*|\s+)(?:odd|et quelques|et quelque)")
#: "two dozen", "deux douzaines": n times twelve, approximately.
_DOZEN = re.compile(r"(?P<n>.+?)\s+(?:dozen|douzaines?)")
_DASH_RANGE = re.compile(rf"(?P<a>{_AMOUNT})\s*-\s*(?P<b>{_AMOUNT})")
#: Digits before a scale word of data/numbers.json ("3 Millionen", "2 тысячи", "45 mil").
_FOREIGN_SCALED = re.compile(rf"(?P<num>{_GROUPED}|{_PLAIN})\s+(?P<word>[^\W\d_]+)")

# approximate nouns: "une vingtaine" is about 20
_APPROX_NOUNS = {
    "a dozen": 12,
    "une dizaine": 10,
    "une douzaine": 12,
    "une quinzaine": 15,
    "une vingtaine": 20,
    "une trentaine": 30,
    "une quarantaine": 40,
    "une cinquantaine": 50,
    "une soixantaine": 60,
    "une centaine": 100,
    "un millier": 1000,
    # Italian, Spanish, Portuguese, German, Dutch, Scandinavian, Russian, Polish
    "una dozzina": 12,
    "una decina": 10,
    "una quindicina": 15,
    "una ventina": 20,
    "una trentina": 30,
    "una quarantina": 40,
    "una cinquantina": 50,
    "una sessantina": 60,
    "un centinaio": 100,
    "un migliaio": 1000,
    "una docena": 12,
    "una decena": 10,
    "una veintena": 20,
    "una treintena": 30,
    "una centena": 100,
    "un millar": 1000,
    "uma duzia": 12,
    "uma dezena": 10,
    "uma vintena": 20,
    "uma centena": 100,
    "um milhar": 1000,
    "ein dutzend": 12,
    "een dozijn": 12,
    "et dusin": 12,
    "ett dussin": 12,
    "дюжина": 12,
    "tuzin": 12,
    "egy tucat": 12,
    # Dutch nouns in -tal: "een tiental" is about 10
    "een tiental": 10,
    "een vijftiental": 15,
    "een twintigtal": 20,
    "een dertigtal": 30,
    "een veertigtal": 40,
    "een vijftigtal": 50,
    "een zestigtal": 60,
    "een zeventigtal": 70,
    "een tachtigtal": 80,
    "een negentigtal": 90,
    "een honderdtal": 100,
}

_ZERO_WORDS = frozenset(
    {"no", "none", "zero", "nobody", "no one", "no-one", "noone", "nil", "aucun", "aucune"}
)


def _vague_table() -> dict[str, _Vague]:
    table: dict[str, _Vague] = {}

    def add(phrases: str, low: int, high: int | None, conservative: int) -> None:
        names = phrases.split("|")
        entry = _Vague(names[0], float(low), None if high is None else float(high), conservative)
        for name in names:  # keys as _prepare leaves them: "a number of" -> "a number"
            table.setdefault(_TRAILING_OF.sub("", name), entry)

    add("a couple", 2, 3, 2)
    add("a few|a handful|quelques|une poignee", 2, 5, 2)
    add(
        "several|plusieurs|varios|varias|diversi|diverse|mehrere|einige"
        "|verscheidene|verschillende|flere|flera|несколько|кілька|kilka|beberapa|kadhaa",
        3, 9, 3,
    )
    add("alcuni|alcune|algunos|algunas|alguns|algumas|enkele|ein paar|et par|nogle", 2, 5, 2)
    add("kilkanascie|kilkunastu", 11, 19, 11)  # Polish: "a dozen or so", eleven to nineteen
    add("a number of|un certain nombre|multiple|multiples", 2, None, 2)
    add(
        "many|numerous|de nombreux|de nombreuses|nombreux|nombreuses|beaucoup"
        "|muchos|muchas|numerosos|numerosas|muitos|muitas|molti|molte|numerosi|numerose"
        "|viele|zahlreiche|veel|talrijke|mange|manga|многие|многочисленные|много|багато"
        "|численні|wiele|liczne|licznych|banyak|wengi",
        3, None, 3,
    )
    # the plural of a unit u: at least two u, below the next power of ten above u
    plural_units = (
        (("tens|dizaines|des dizaines|decenas|dezenas|decine|dutzende|tientallen|titalls"
          "|tiotals|десятки|десятков|десятків|dziesiatki|dziesiatek|puluhan|desitky|desitek"
          "|nekolik desitek"), 10),
        ("dozens|douzaines|des douzaines|dozzine|docenas|duzias|tobb tucat", 12),
        ("scores", 20),
        (("hundreds|centaines|des centaines|centenares|cientos|centenas|centinaia|hunderte"
         "|honderden|hundrevis|hundratals|hundredvis|сотни|сотен|сотні|сотень|setki|setek"
         "|ratusan|mamia"), 100),
        (("thousands|milliers|des milliers|miles|milhares|migliaia|tausende|duizenden"
         "|tusenvis|tusentals|tusindvis|тысячи|тысяч|тисячі|тисяч|tysiace|tysiecy|ribuan"
         "|maelfu"), 1000),
        (("tens of thousands|dizaines de milliers|des dizaines de milliers|decenas de miles"
          "|dezenas de milhares|decine di migliaia|zehntausende|tienduizenden|titusenvis"
          "|tiotusentals|десятки тысяч|десятки тисяч|dziesiatki tysiecy|puluhan ribu"), 10**4),
        (("hundreds of thousands|centaines de milliers|des centaines de milliers"
          "|cientos de miles|centenas de milhares|centinaia di migliaia|hunderttausende"
          "|honderdduizenden|сотни тысяч|сотні тисяч|setki tysiecy|ratusan ribu"), 10**5),
        ("millions|des millions", 10**6),
    )
    for phrases, unit in plural_units:
        add(phrases, 2 * unit, 10 ** len(str(unit)) - 1, unit)
    # a vague multiplier times a unit: "several hundred" is 300-999
    multipliers = (("several", "plusieurs", 3, 9), ("a few", "quelques", 2, 5))
    units = (
        ("dozen|dozens", "douzaines", 12),
        ("", "dizaines", 10),
        ("hundred|hundreds", "centaines", 100),
        ("thousand|thousands", "milliers", 1000),
        ("tens of thousands", "dizaines de milliers", 10**4),
        ("million|millions", "millions", 10**6),
    )
    for english, french, m_low, m_high in multipliers:
        for en_units, fr_unit, unit in units:
            names = [f"{english} {u}" for u in en_units.split("|") if u]
            names.append(f"{french} {fr_unit}")
            names.extend(_OTHER_MULTIPLES.get((english, unit), ()))
            add("|".join(names), m_low * unit, (m_high + 1) * unit - 1, m_low * unit)
    return table


#: "several hundred", "a few thousand" in the other languages, by (English multiplier, unit).
_OTHER_MULTIPLES: dict[tuple[str, int], tuple[str, ...]] = {
    ("several", 10): (
        "varias decenas", "varias dezenas", "diverse decine", "mehrere dutzend",
        "einige dutzend", "несколько десятков", "кілька десятків", "kilkadziesiat",
        "kilkudziesieciu", "beberapa puluh",
    ),
    ("several", 100): (
        "varios cientos", "varios centenares", "varias centenas", "diverse centinaia",
        "mehrere hundert", "einige hundert", "несколько сотен", "кілька сотень", "kilkaset",
        "kilkuset", "beberapa ratus", "flere hundre", "flera hundra",
    ),
    ("several", 1000): (
        "varios miles", "varios milhares", "diverse migliaia", "mehrere tausend",
        "einige tausend", "несколько тысяч", "кілька тисяч", "kilka tysiecy",
        "kilku tysiecy", "beberapa ribu", "flere tusen", "flera tusen",
    ),
    ("several", 10**4): (
        "varias decenas de miles", "varias dezenas de milhares", "diverse decine di migliaia",
        "mehrere zehntausend", "einige zehntausend", "несколько десятков тысяч",
        "кілька десятків тисяч", "kilkadziesiat tysiecy", "kilkudziesieciu tysiecy",
    ),
    ("a few", 10): ("alcune decine", "algunas decenas", "algumas dezenas", "enkele tientallen"),
    ("a few", 100): (
        "alcune centinaia", "algunos cientos", "algunos centenares", "algumas centenas",
        "enkele honderden",
    ),
    ("a few", 1000): ("alcune migliaia", "algunos miles", "alguns milhares", "enkele duizenden"),
}


_VAGUE = _vague_table()
# Arabic plurals of units ("عشرات", tens; "مئات", hundreds; "آلاف", thousands), folded, bare
# or with the article written on the word ("العشرات", "المئات", "الآلاف"); "عدد من", a number of
_VAGUE.update(
    {_prepare(article + word): _VAGUE[english] for word, english in
     (("عشرات", "tens"), ("مئات", "hundreds"), ("آلاف", "thousands")) for article in ("", "ال")}
)  # fmt: skip
_VAGUE[_prepare("عدد من")] = _VAGUE["a number"]
#: Inflected vague amounts from data/numbers.json ("Hunderten", "сотнями"), as the English amount.
_INFLECTED_VAGUE = {
    _prepare(word): english
    for words in numbers_data()["vague"].values()
    for word, english in words.items()
}
for _word, _english in _INFLECTED_VAGUE.items():
    _VAGUE.setdefault(_word, _VAGUE[_english])
_NUMBER_WORDS = frozenset(
    {*_ADD, *_HUNDRED, *_SCALE_WORDS, *_ZERO_WORDS - {"no"}, "dozen", "dozens", "douzaine",
     "douzaines", "dizaines", "centaines", "milliers", "several", "plusieurs", "multiple",
     "multiples", "numerous", "many", "scores", "tens", "hundreds", "thousands", "millions",
     "quelques", "few", "handful",
     # the vague amounts of the other languages, as single words
     "dutzende", "decine", "decenas", "dezenas", "tientallen", "hunderte", "centinaia",
     "centenares", "honderden", "tausende", "migliaia", "milhares", "duizenden", "mehrere",
     "десятки", "сотни", "тысячи", "несколько", "сотні", "тисячі", "кілька", "dziesiatki",
     "setki", "tysiace", "kilka", "kilkaset", "kilkadziesiat", "kilkanascie", "puluhan",
     "ratusan", "ribuan", "mamia", "maelfu", *_INFLECTED_VAGUE} - {"une", "un"}
)  # fmt: skip
#: The canonical (first registered) entry of each vague interval, for rendering.
_VAGUE_BY_BOUNDS: dict[tuple[float | None, float | None], _Vague] = {}
for _entry in _VAGUE.values():
    _VAGUE_BY_BOUNDS.setdefault((_entry.low, _entry.high), _entry)


def _words(text: str) -> int | None:
    """Value of number words ("one hundred and twenty", "quatre-vingt-dix"), else None."""
    tokens = [t for t in re.split(r"[\s-]+", text) if t]
    if not tokens or tokens[0] in ("and", "et") or tokens[-1] in ("and", "et"):
        return None
    total, group = 0, 0
    last_add, last_scale = 1000, 10**12  # additive words must descend within a group
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok in ("and", "et"):
            # "one hundred and twenty", "two thousand and five"; "vingt et un", "soixante et onze"
            prev = tokens[i - 1]
            ok = prev in _HUNDRED or prev in _SCALE_WORDS if tok == "and" else nxt in _ET_NEXT
            if not ok:
                return None
            i += 1
            continue
        if tok == "quatre" and nxt in ("vingt", "vingts"):
            tok, i = "quatre-vingts", i + 1
            value: int | None = 80
        elif tok in ("a", "an") and i == 0 and (nxt in _HUNDRED or nxt in _SCALE_WORDS):
            value = 1
        else:
            value = _ADD.get(tok)
        if value is not None:
            if value >= last_add:
                return None
            group += value
            last_add = value
        elif tok in _HUNDRED:
            if group >= 100:
                return None
            group = (group or 1) * 100
            last_add = 100
        elif tok in _SCALE_WORDS:
            scale = _SCALE_WORDS[tok]
            if scale >= last_scale or group >= 1000:
                return None
            total += (group or 1) * scale
            group, last_add, last_scale = 0, 1000, scale
        else:
            return None
        i += 1
    return total + group


def _parse_number(text: str) -> _Num | None:
    found = _parse_number_unchecked(text)
    if found is not None and abs(found.value) > _MAX_AMOUNT:
        raise _RejectError(f"beyond the largest amount read ({_MAX_AMOUNT:.0e})")
    return found


def _grouped_digits(raw: str) -> str:
    """Plain decimal text of a number with thousands separators ("1.200,5" -> "1200.5")."""
    if "," in raw and ("." in raw.split(",", 1)[0] or " " in raw):
        return raw.replace(".", "").replace(" ", "").replace(",", ".")  # 1.200,5 / 1 200,5
    if "," in raw:
        return raw.replace(",", "")  # 1,200 / 1,200.5
    if " " in raw:
        return raw.replace(" ", "")  # 1 200 / 1 200.5
    return raw.replace(".", "")  # 1.200 / 1.200.000


# a number written twice, in words and in figures: "twenty three (23)", "vingt-trois (23)"
_TWICE = re.compile(r"(?P<a>[^()]+?) ?\((?P<b>[^()]+)\)")


def _written_twice(text: str) -> _Num | None:
    """Read a number written in words and in figures, one in brackets: "twenty three (23)".

    The press of several countries writes a toll both ways ("vingt-trois (23) personnes",
    "23 (twenty three)"). The two must state one exact number; anything else is no number.
    """
    m = _TWICE.fullmatch(text)
    if m is None:
        return None
    a, b = _parse_number_unchecked(m["a"]), _parse_number_unchecked(m["b"])
    if a is None or b is None or a.approx or b.approx or a.value != b.value:
        return None
    return a


def _parse_number_unchecked(text: str) -> _Num | None:
    text = text.strip()
    if text.endswith(")") and "(" in text:
        return _written_twice(text)
    if text in _APPROX_NOUNS:
        return _Num(Fraction(_APPROX_NOUNS[text]), 1, approx=True)
    dozen = _DOZEN.fullmatch(text)
    if dozen:
        n = _parse_number_unchecked(dozen["n"]) if not dozen["n"].endswith("dozen") else None
        if n is None or n.approx:
            return None
        return _Num(n.value * 12, 1, approx=True)
    m = _DIGITS.fullmatch(text)
    if m:
        raw = m["num"]
        raw = _grouped_digits(raw) if re.fullmatch(_GROUPED, raw) else raw.replace(",", ".")
        try:
            base = Fraction(Decimal(raw))
        except InvalidOperation:  # pragma: no cover - the regex admits only decimals
            return None
        scale = _SUFFIX_SCALE[m["scale"]] if m["scale"] else 1
        return _Num(base * scale, scale, approx=False)
    value = _words(text)
    if value is None:
        value = foreign_number(text)  # vierzig, quarantadue, cuarenta y dos, сорок
    if value is None:
        return _foreign_scaled(text)
    return _Num(Fraction(value), 1, approx=False)


def _foreign_scaled(text: str) -> _Num | None:
    """Read digits times a scale word of another language: "3 Millionen", "2 тысячи"."""
    m = _FOREIGN_SCALED.fullmatch(text)
    if m is None:
        return None
    scale = foreign_scale(m["word"])
    n = _parse_number_unchecked(m["num"])
    if scale is None or n is None or n.scale != 1:
        return None
    return _Num(n.value * scale, scale, approx=False)


_GT, _GE, _LE, _LT, _NEARLY, _ABOUT = "gt", "ge", "le", "lt", "nearly", "about"
_HIGH = "high"
_PREFIXES = {
    **dict.fromkeys(
        _listed(
            "over|more than|above|in excess of|upwards of|well over|just over|plus de|plus d"
            "|au dela de|au dela d|>"
            # Spanish, Portuguese, Italian, German, Dutch, Scandinavian
            "|mas de|mais de|piu di|uber|mehr als|meer dan|mer enn|mer an|mere end|flere enn"
            "|fler an|flere end",
            "|",
        ),
        _GT,
    ),
    **dict.fromkeys(
        _listed(
            "at least|no fewer than|no less than|not fewer than|not less than|a minimum of"
            "|au moins|pas moins de|pas moins d|au minimum|>="
            "|al menos|por lo menos|como minimo|pelo menos|no minimo|ao menos|almeno|almeno di"
            "|mindestens|minstens|ten minste|zeker|minst|mindst|minimum",
            "|",
        ),
        _GE,
    ),
    **dict.fromkeys(
        _listed(
            "at most|no more than|not more than|a maximum of|au plus|au maximum"
            "|pas plus de|pas plus d|<="
            "|como maximo|no maximo|hochstens|hoogstens|hoyst|hogst",
            "|",
        ),
        _LE,
    ),
    **dict.fromkeys(
        _listed(
            "up to|as many as|as high as|as much as|jusqu a|jusqu au"
            "|hasta|ate|fino a|bis zu|tot wel|opptil|upp till|op til",
            "|",
        ),
        _HIGH,
    ),
    **dict.fromkeys(_listed(
            "fewer than|less than|under|below|moins de|moins d|<"
            "|menos de|meno di|weniger als|minder dan|farre enn|mindre enn|farre an|farre end",
            "|",
        ),
        _LT,
    ),
    **dict.fromkeys(
        _listed(
            "nearly|almost|close to|just under|presque|pres de|pres d|pas loin de|quasiment"
            "|casi|quase|quasi|fast|beinahe|bijna|nesten|nastan|naesten",
            "|",
        ),
        _NEARLY,
    ),
    **dict.fromkeys(
        _listed(
            "about|around|some|roughly|approximately|approx.|approx|an estimated|estimated"
            "|circa|ca.|c.|~|environ|quelque|a peu pres|approximativement|autour de|autour d"
            "|aux alentours de|aux alentours d"
            "|cerca de|alrededor de|unos|unas|aproximadamente|em torno de|por volta de|circa"
            "|etwa|rund|ungefahr|ongeveer|zo n|rundt|omkring|cirka|omtrent",
            "|",
        ),
        _ABOUT,
    ),
}
#: Arabic qualifiers, folded as a phrase is (the hamza is dropped like an accent).
_ARABIC_PREFIXES = {
    "ما لا يقل عن": _GE,
    "لا يقل عن": _GE,
    "على الأقل": _GE,
    "أكثر من": _GT,
    "اكثر من": _GT,
    "أقل من": _LT,
    "حوالي": _ABOUT,
    "نحو": _ABOUT,
    "قرابة": _NEARLY,
    "حتى": _HIGH,
    "ما يصل إلى": _HIGH,
    "يصل إلى": _HIGH,
    "ما يزيد عن": _GT,
    "ما يزيد على": _GT,
    "يزيد عن": _GT,
    "يزيد على": _GT,
    "زهاء": _ABOUT,
    "ما يقارب": _NEARLY,
    "ما يقرب من": _NEARLY,
}
_PREFIXES.update({_prepare(k): v for k, v in _ARABIC_PREFIXES.items()})
#: Qualifiers in Russian, Ukrainian, Polish, Czech, Hungarian, Indonesian and Swahili, and more
#: of German, Italian, Dutch and the Scandinavian languages, written as spelled (folded as a
#: phrase is).
_OTHER_PREFIXES = {
    _GE: (
        "не менее|не меньше|по меньшей мере|по крайней мере|как минимум|минимум"
        "|щонайменше|не менше|не менше ніж|принаймні|як мінімум|мінімум"
        "|co najmniej|przynajmniej|nie mniej niż|wenigstens|zumindest|nicht weniger als"
        "|non meno di|tenminste|minstens|sedikitnya|setidaknya|paling sedikit|minimal"
        "|angalau|si chini ya"
        "|nejméně|nejmíň|alespoň|minimálně|legalább"
    ),
    _GT: (
        "более|более чем|больше|больше чем|свыше|понад|більше|більш ніж|більше ніж"
        "|ponad|więcej niż|powyżej|oltre|ruim|drøyt|drygt|lebih dari|zaidi ya"
        "|více než|víc než|přes|több mint|több, mint"
    ),
    _LE: (
        "не более|не больше|максимум|не більше|не більше ніж|не більш ніж|максимум"
        "|nie więcej niż|najwyżej|maksymalnie|nicht mehr als|maximal|al massimo|non più di"
        "|hooguit|maximaal|niet meer dan|paling banyak|maksimal|maksimum"
    ),
    _HIGH: "до|do|tot|hingga|sampai|hadi|nawet|aż|až|až do|akár",
    _LT: (
        "менее|меньше|меньше чем|менше|менше ніж|mniej niż|poniżej|kurang dari|chini ya"
        "|méně než|míň než|kevesebb mint|kevesebb, mint"
    ),
    _NEARLY: (
        "почти|почти что|майже|prawie|niemal|niemal że|blisko|knapp|nahezu|knapt|knappt"
        "|hampir|nyaris|poco meno di|téměř|skoro|majdnem|csaknem|közel"
    ),
    _ABOUT: (
        "около|примерно|приблизительно|порядка|близько|приблизно|około|ok.|mniej więcej"
        "|annähernd|intorno a|intorno ai|attorno a|attorno ai|all'incirca|approssimativamente"
        "|rond de|om en nabij|sekitar|kurang lebih|kira kira|kira-kira|takriban|takribani|karibu"
        "|kolem|okolo|asi|přibližně|zhruba|körülbelül|mintegy|nagyjából|hozzávetőleg"
    ),
}
for _op, _phrases in _OTHER_PREFIXES.items():
    _PREFIXES.update(dict.fromkeys((_prepare(k) for k in _listed(_phrases, "|")), _op))
_PREFIX_ORDER = sorted(_PREFIXES, key=len, reverse=True)
_SUFFIXES = {
    "+": _GE,
    "or more": _GE,
    "and more": _GE,
    "or over": _GE,
    "and over": _GE,
    "ou plus": _GE,
    "et plus": _GE,
    "or fewer": _LE,
    "or less": _LE,
    "ou moins": _LE,
    "or so": _ABOUT,
    "environ": _ABOUT,
    # "60 au moins", "sesenta por lo menos", "60, at least": the qualifier after the figure
    "at least": _GE,
    "at the least": _GE,
    "au moins": _GE,
    "au minimum": _GE,
    "por lo menos": _GE,
    "al menos": _GE,
    "pelo menos": _GE,
    "ao menos": _GE,
    "almeno": _GE,
    "mindestens": _GE,
    "или больше": _GE,
    "ou mais": _GE,
    "o mas": _GE,
    "oder mehr": _GE,
    "of meer": _GE,
    "eller mer": _GE,
    "und mehr": _GE,
    "o piu": _GE,
    "e piu": _GE,
    "eller fler": _GE,
    "eller flere": _GE,
    "eller mere": _GE,
    "и более": _GE,
    "и больше": _GE,
    "или более": _GE,
    "і більше": _GE,  # noqa: RUF001 - Ukrainian "and more"
    "або більше": _GE,  # noqa: RUF001 - Ukrainian "or more"
    "i wiecej": _GE,
    "lub wiecej": _GE,
    "atau lebih": _GE,
    "au zaidi": _GE,
    _prepare("على الأقل"): _GE,
}
_SUFFIX_ORDER = sorted(_SUFFIXES, key=len, reverse=True)
_RANGE_FORMS = (
    (re.compile(r"(?:between|entre) (?P<body>.+)"), re.compile(r" (?:and|et) ")),
    (re.compile(r"(?:from|de|d) (?P<body>.+)"), re.compile(r" (?:to|a|au) ")),
)
_BARE_RANGE_SEP = re.compile(r" (?:to|a|or|ou) ")


def _word_ranges() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Read the ranges of ``data/numbers.json``: (the word before A or "", the separators)."""
    forms: dict[str, list[str]] = {}
    for language in numbers_data()["ranges"].values():
        for before, between, *glued in language:
            sep = re.escape(_prepare(between))
            forms.setdefault(_prepare(before), []).append(
                rf" {sep} ?" if glued else rf" {sep} "  # Arabic "30 و90": the و on B
            )
    return tuple(
        (before, re.compile("|".join(sorted(seps, key=len, reverse=True))))
        for before, seps in sorted(forms.items(), key=lambda kv: -len(kv[0]))
    )


#: Ranges written with the words of other languages ("zwischen 30 und 90", "от 30 до 90",
#: "500 voire 600"), read only where the English and French forms read nothing.
_WORD_RANGES = _word_ranges()
_NUM = r"-?(?:\d+(?:\.\d*)?(?:e[+-]?\d+)?|inf)"
_BRACKET = re.compile(
    rf"(?P<lb>[\[(])\s*(?P<low>{_NUM})\s*,\s*(?P<high>\+?{_NUM})\s*(?P<rb>[\])])"
    rf"(?:\s*\(\s*(?P<kind>[a-z_]+)\s*(?:,\s*best\s+(?P<best>{_NUM}))?\s*\))?"
)


def _build(op: str, n: Fraction, *, integer: bool) -> dict[str, Any]:
    x = float(n)
    t = Fraction(1, 10)
    if op == _GT:
        return {"low": x, "low_open": True, "high": None, "kind": QuantityKind.LOWER_BOUND}
    if op == _GE:
        return {"low": x, "high": None, "kind": QuantityKind.LOWER_BOUND}
    if op in (_LE, _LT):
        return {"low": 0, "high": x, "high_open": op == _LT, "kind": QuantityKind.UPPER_BOUND}
    if op == _HIGH:
        low = _scaled(x, 1 - t, down=True, integer=integer)
        return {"low": low, "high": x, "best": x, "kind": QuantityKind.HIGH_ESTIMATE}
    if op == _NEARLY:
        low = _scaled(x, 1 - t, down=True, integer=integer)
        return {"low": low, "high": x, "high_open": True, "kind": QuantityKind.NEARLY}
    b = _widened(_Bounds(x, x, low_open=False, high_open=False), t, integer=integer)  # _ABOUT
    return {"low": b.low, "high": b.high, "best": x, "kind": QuantityKind.APPROXIMATE}


def _range(a: _Num, b: _Num) -> dict[str, Any] | None:
    low, high = a.value, b.value
    if b.scale > 1 and a.scale == 1 and not a.approx and low * b.scale <= high:
        low *= b.scale  # "1.5-2 million", "10-20 thousand"
    if low > high:
        raise _RejectError("range ends before it starts")
    return {"low": float(low), "high": float(high), "kind": QuantityKind.RANGE}


def _split_range(body: str, sep: re.Pattern[str]) -> dict[str, Any] | None:
    for m in sep.finditer(body):
        a = _parse_number(body[: m.start()])
        b = _parse_number(body[m.end() :])
        if a is not None and b is not None:
            return _range(a, b)
    return None


def _bracket(s: str) -> dict[str, Any] | None:
    m = _BRACKET.fullmatch(s)
    if m is None:
        return None
    low = None if m["low"] in ("-inf", "inf") else float(m["low"])
    high = None if m["high"].lstrip("+") == "inf" else float(m["high"])
    fields: dict[str, Any] = {
        "low": low,
        "high": high,
        "low_open": m["lb"] == "(",
        "high_open": m["rb"] == ")",
    }
    if m["kind"]:
        fields["kind"] = m["kind"]
    if m["best"]:
        fields["best"] = float(m["best"])
    return fields


#: At most this many leading words are tried as an amount by :meth:`Quantity.partition`.
_PARTITION_WORDS = 8
_ARTICLES = frozenset({"a", "an", "un", "une", "one"})


def number_word(text: str) -> str | None:
    """Return the first word of ``text`` that is a number or a number word, or None.

    Used to warn about text that holds an amount the parser did not read.

    Examples
    --------
    >>> from claimrec.quantity import number_word
    >>> number_word("killed dozens in Kayes"), number_word("heavy losses")
    ('dozens', None)
    """
    for raw in re.split(r"[\s,;:()]+", text[: _MAX_PHRASE * 4]):
        word = _prepare(raw).strip(".-")
        if not word:
            continue
        if any(ch.isdigit() for ch in word) or (word in _NUMBER_WORDS and word != "one"):
            return raw  # "one" alone is as often a pronoun ("part of one") as a number
    return None


#: Words that stress an exact figure ("exactly 55", "a total of 30"); what follows must be exact.
_EXACT_PREFIXES = (
    "exactly ", "precisely ", "a total of ", "in all ", "exactement ", "precisement ",
    "un total de ", "au total ",
)  # fmt: skip


def _fields(s: str, *, integer: bool) -> dict[str, Any] | None:
    """Return the constructor arguments the prepared phrase ``s`` denotes, or None."""
    stressed = False
    stripping = True
    while stripping:  # a loop, not recursion: "exactly exactly ... 5" is read in linear time
        stripping = False
        for prefix in _EXACT_PREFIXES:
            if s.startswith(prefix):
                s, stressed, stripping = s[len(prefix) :], True, True
    inner = _plain_fields(s, integer=integer)
    if stressed and (inner is None or inner.get("kind") is not QuantityKind.EXACT):
        return None
    return inner


def _odd(s: str) -> dict[str, Any] | None:
    """Read "30-odd": above n, below n plus its last round unit (31-39)."""
    m = _ODD.fullmatch(s)
    if m is None:
        return None
    n = _parse_number(m["n"])
    if n is None or n.approx or n.value.denominator != 1 or n.value < 10:
        return None
    whole = int(n.value)
    unit = 10
    while whole % (unit * 10) == 0:
        unit *= 10
    return {"low": whole + 1, "high": whole + unit - 1, "kind": QuantityKind.RANGE}


def _plain_fields(s: str, *, integer: bool) -> dict[str, Any] | None:
    if s in _ZERO_WORDS:
        return {"low": 0, "high": 0, "kind": QuantityKind.ZERO}
    vague = _VAGUE.get(s)
    if vague is not None:
        return {"low": vague.low, "high": vague.high, "kind": QuantityKind.VAGUE}
    if s[:1] in "[(":
        return _bracket(s)
    for suffix in _SUFFIX_ORDER:
        if s.endswith(suffix) and (suffix == "+" or s[: -len(suffix)].endswith(" ")):
            # "une soixantaine, au moins": a comma may set the qualifier apart
            n = _parse_number(s[: -len(suffix)].rstrip(" ,"))
            if n is not None:
                return _build(_SUFFIXES[suffix], n.value, integer=integer)
    for prefix in _PREFIX_ORDER:
        if s.startswith(prefix):
            rest = s[len(prefix) :]
            if prefix[-1].isalpha() and not rest.startswith(" "):
                continue
            n = _parse_number(rest)
            if n is not None:
                return _build(_PREFIXES[prefix], n.value, integer=integer)
    for form, sep in _RANGE_FORMS:
        m = form.fullmatch(s)
        if m:
            found = _split_range(m["body"], sep)
            if found is not None:
                return found
    odd = _odd(s)
    if odd is not None:
        return odd
    dash = _DASH_RANGE.fullmatch(s)
    if dash:
        a, b = _parse_number(dash["a"]), _parse_number(dash["b"])
        if a is not None and b is not None:
            return _range(a, b)
    found = _split_range(s, _BARE_RANGE_SEP)
    if found is not None:
        return found
    n = _parse_number(s)
    if n is None:
        return _word_range(s)
    if n.approx:
        return _build(_ABOUT, n.value, integer=integer)
    if integer and n.value.denominator != 1:
        raise _RejectError("not a whole number (pass integer=False for a measurement)")
    x = float(n.value)
    return {"low": x, "high": x, "kind": QuantityKind.EXACT}


def _word_range(s: str) -> dict[str, Any] | None:
    """Read a range of ``data/numbers.json``: "30 bis 90", "tra 30 e 90", "بين 30 و90"."""
    for before, sep in _WORD_RANGES:
        if not before:
            body = s
        elif s.startswith(before + " "):
            body = s[len(before) + 1 :]
        else:
            continue
        found = _split_range(body, sep)
        if found is not None:
            return found
    return _split_range(s, _DASH)  # "2-3 Millionen": a scale word the dash range does not read


_DASH = re.compile(r"\s*-\s*")


@lru_cache(maxsize=8192)
def _parse_cached(text: str, integer: bool) -> Quantity:
    if len(text) > _MAX_PHRASE:
        raise UnparsableValueError(
            "value",
            text[:40] + "...",
            f"{len(text)} characters: longer than any amount phrase (limit {_MAX_PHRASE})",
        )
    s = _prepare(text)
    try:
        fields = _fields(s, integer=integer) if s else None
    except _RejectError as exc:
        raise UnparsableValueError("value", text, str(exc)) from None
    if fields is None:
        raise UnparsableValueError("value", text, _NOT_A_QUANTITY)
    from claimrec.quantity._core import Quantity  # noqa: PLC0415 - _core imports this module

    try:
        return Quantity(**fields, integer=integer, text=text)
    except InvalidClaimError as exc:
        raise UnparsableValueError("value", text, exc.reason) from None
