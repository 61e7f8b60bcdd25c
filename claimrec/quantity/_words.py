"""Number words of the languages besides English and French, read from ``data/numbers.json``.

German, Dutch, Italian, Spanish, Portuguese, Russian, Ukrainian, Polish, Norwegian, Swedish,
Danish, Indonesian, Swahili and Arabic: *vierzig*, *zweiundvierzig*, *quarantadue*, *cuarenta y
dos*, *сорок*, *более сорока*, *czterdzieści*, *førtito*, *empat puluh*, *arobaini na
mbili*. Each language is read on its own (its words, its connectors, how it glues a unit
to its ten), so a phrase mixing two languages is no number, and a phrase two languages
read as two different values is none either (Danish *tres*, sixty, is left out: it is
Spanish and Portuguese *three*). A few words are never read alone because they are as
often an article or a word of another language (*en*, *un*, *to*, *fire*, *once*).

>>> from claimrec.quantity._words import foreign_number
>>> foreign_number("vierzig"), foreign_number("zweiundvierzig"), foreign_number("quarantadue")
(40, 42, 42)
>>> foreign_number("cuarenta y dos"), foreign_number("сорока"), foreign_number("czterdzieści")
(42, 40, 40)
>>> foreign_number("to") is None, foreign_number("vierzig due") is None
(True, True)
"""

from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any, NamedTuple

__all__ = ["foreign_number", "foreign_scale", "numbers_data"]

#: Longest written word split into number words (*tweehonderdvierenveertig* has 24 letters).
_MAX_GLUED = 40


class _Language(NamedTuple):
    words: dict[str, int]  # additive values, read alone or glued
    pieces: dict[str, int]  # additive values read only inside one written word
    hundred: dict[str, int]  # multiply what precedes: "zwei hundert", "empat puluh"
    scale: dict[str, int]  # thousand and above
    connectors: frozenset[str]  # between written words: "y", "e", "og", "na"
    glue: str | None  # inside one written word: "und", "en", "og"; "" for none
    unit_first: bool  # "einundzwanzig": the unit before its ten
    teen: str  # "belas": adds ten to the unit before it


class _Tables(NamedTuple):
    languages: tuple[_Language, ...]
    alone_never: frozenset[str]


def _prep(text: str) -> str:
    from claimrec.quantity._parse import _prepare  # noqa: PLC0415 - _parse imports this module

    return _prepare(text)


def _table(raw: Any) -> dict[str, int]:
    return {_prep(k): int(v) for k, v in (raw or {}).items()}


@cache
def numbers_data() -> dict[str, Any]:
    """Return the raw contents of ``data/numbers.json`` (read once).

    >>> sorted(numbers_data()["ranges"]["de"])[0]
    ['', 'bis']
    """
    text = (files("claimrec") / "data" / "numbers.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    data = numbers_data()
    languages = []
    for spec in data["languages"].values():
        glue = spec.get("glue")
        languages.append(
            _Language(
                words=_table(spec.get("words")),
                pieces=_table(spec.get("pieces")),
                hundred=_table(spec.get("hundred")),
                scale=_table(spec.get("scale")),
                connectors=frozenset(_prep(w) for w in spec.get("and", ())),
                glue=None if glue is None else _prep(glue),
                unit_first=bool(spec.get("unit_first", False)),
                teen=_prep(spec.get("teen", "")),
            )
        )
    return _Tables(tuple(languages), frozenset(_prep(w) for w in data["alone_never"]))


_Piece = tuple[str, int]  # kind ("n" add, "h" hundred, "s" scale, "g" glue, "t" teen), value


def _piece(lang: _Language, word: str, *, inside: bool) -> _Piece | None:
    if word in lang.words:
        return ("n", lang.words[word])
    if word in lang.hundred:
        return ("h", lang.hundred[word])
    if word in lang.scale:
        return ("s", lang.scale[word])
    if lang.teen and word == lang.teen:
        return ("t", 10)
    if inside:
        if word in lang.pieces:
            return ("n", lang.pieces[word])
        if lang.glue and word == lang.glue:
            return ("g", 0)
    return None


def _split(lang: _Language, word: str) -> list[_Piece] | None:
    """Split one written word into number words ("zweiundvierzig"), else None."""
    if lang.glue is None or len(word) > _MAX_GLUED:
        return None

    @cache
    def rest(i: int) -> tuple[_Piece, ...] | None:
        if i == len(word):
            return ()
        for j in range(len(word), i, -1):  # the longest piece first
            found = _piece(lang, word[i:j], inside=True)
            if found is not None:
                tail = rest(j)
                if tail is not None:
                    return (found, *tail)
        return None

    pieces = rest(0)
    if pieces is None or len(pieces) < 2 or not all(map(_glued, pieces, pieces[1:])):
        return None
    return list(pieces)


def _glued(a: _Piece, b: _Piece) -> bool:
    """Whether two number words may be written as one: a ten and a unit, a hundred and the rest.

    Norwegian *ti* and *en* are ten and one, but *tien* is Dutch ten, not eleven.
    """
    if a[0] != "n" or b[0] != "n":
        return True
    tens = a[1] >= 20 and a[1] % 10 == 0 and b[1] < 10
    hundreds = a[1] >= 100 and a[1] % 100 == 0 and b[1] < 100
    return tens or hundreds


def _pieces(lang: _Language, tokens: list[str]) -> list[_Piece] | None:
    out: list[_Piece] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        # an apostrophe folds to a space: Ukrainian "п'ять" arrives as "п ять"
        if i + 1 < len(tokens) and f"{tok} {tokens[i + 1]}" in lang.words:
            out.append(("n", lang.words[f"{tok} {tokens[i + 1]}"]))
            i += 2
            continue
        found = _piece(lang, tok, inside=False)
        if found is not None:
            out.append(found)
        elif tok in lang.connectors and 0 < i < len(tokens) - 1:
            out.append(("c", 0))
        else:
            split = _split(lang, tok)
            if split is None:
                return None
            out.extend(split)
        i += 1
    if lang.unit_first:
        out = _unit_first(out)
    return out


def _unit_first(pieces: list[_Piece]) -> list[_Piece]:
    """Read "ein und zwanzig" as 21: a unit, the glue, a ten."""
    out: list[_Piece] = []
    i = 0
    while i < len(pieces):
        if (
            i + 2 < len(pieces)
            and pieces[i][0] == "n"
            and pieces[i + 1][0] == "g"
            and pieces[i + 2][0] == "n"
            and 0 < pieces[i][1] < 10 <= pieces[i + 2][1] < 100
            and pieces[i + 2][1] % 10 == 0
        ):
            out.append(("n", pieces[i][1] + pieces[i + 2][1]))
            i += 3
        else:
            out.append(pieces[i])
            i += 1
    return out


def _value(pieces: list[_Piece]) -> int | None:
    """Return the value of a run of number words (descending in each group), else None."""
    total, group, small = 0, 0, 0
    last_add, last_hundred, last_scale = 10**4, 10**4, 10**13
    counted = False
    for kind, value in pieces:
        if kind == "n":
            if value >= last_add:
                return None
            small += value
            last_add, counted = value, True
        elif kind == "h":
            small = small or 1
            if small >= value or value >= last_hundred:
                return None
            group += small * value
            small, last_add, last_hundred, counted = 0, value, value, True
        elif kind == "s":
            if value >= last_scale:
                return None
            total += (group + small or 1) * value
            group, small, counted = 0, 0, True
            last_add, last_hundred, last_scale = 10**4, 10**4, value
        elif kind == "t":
            if not 0 < small < 10:
                return None
            small += 10
            last_add = 10
        elif kind == "g":
            return None
    return total + group + small if counted else None


def foreign_number(text: str) -> int | None:
    """Value of the number words of ``text`` (prepared: folded, accents off) in one language.

    >>> foreign_number("dwadzieścia pięć"), foreign_number("empat puluh dua")
    (25, 42)
    >>> foreign_number("tres") , foreign_number("nove")   # Spanish, Portuguese and Italian agree
    (3, 9)
    """
    tables = _tables()
    text = _prep(text)
    tokens = [t for t in text.replace("-", " ").split() if t]
    if not tokens or (len(tokens) == 1 and tokens[0] in tables.alone_never):
        return None
    values = set()
    for lang in tables.languages:
        pieces = _pieces(lang, tokens)
        if pieces is None:
            continue
        value = _value(pieces)
        if value is not None:
            values.add(value)
    return values.pop() if len(values) == 1 else None


def foreign_scale(word: str) -> int | None:
    """Value of a scale word (thousand and above) of one of the languages, else None.

    Read after digits: "3 Millionen", "2 тысячи", "45 mil".

    >>> foreign_scale("Millionen"), foreign_scale("тысячи"), foreign_scale("hundert")
    (1000000, 1000, None)
    """
    values = {lang.scale[w] for lang in _tables().languages if (w := _prep(word)) in lang.scale}
    return values.pop() if len(values) == 1 else None
