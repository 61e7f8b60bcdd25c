"""Arabic words read without the clitics written joined to them (private; rule ``clitic``).

Arabic writes a conjunction, a preposition and an object pronoun as one word with the word
they go with: *بمقتل* (with the killing of) is *مقتل*, *فقتلوا* (so they killed) is
*قتلوا*, *عليهم* (on them) is *على*. Listing every joined form of every word would multiply
the vocabularies; instead, a predicate that no other rule reads is read again with the
clitics cut (``claimrec/data/arabic_clitics.json``): the conjunction, the preposition, the
pronoun, each cut or kept, the fewest cuts first, and a stem whose pronoun was cut also
with the ending it takes back (*علي* -> *على*). Only Arabic words are cut, and only when
three letters or more remain, so a short word is never cut to a shorter one.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable
from functools import lru_cache
from importlib.resources import files
from typing import NamedTuple, TypeVar

_WORD = re.compile(r"[\u0621-\u064a]+")
_T = TypeVar("_T")


class _Clitics(NamedTuple):
    conjunctions: frozenset[str]
    prepositions: frozenset[str]
    before_article: dict[str, str]
    pronouns: tuple[str, ...]
    stem_endings: dict[str, str]
    least: int


@lru_cache(maxsize=1)
def _clitics() -> _Clitics:
    text = (files("claimrec") / "data" / "arabic_clitics.json").read_text(encoding="utf-8")
    data = json.loads(text)
    return _Clitics(
        frozenset(data["conjunctions"]),
        frozenset(data["prepositions"]),
        dict(data["before_article"]),
        tuple(data["pronouns"]),  # longest first (huma before ha)
        dict(data["stem_endings"]),
        int(data["min_stem"]),
    )


def joined_letters() -> tuple[str, ...]:
    """Return the one-letter words Arabic writes joined to the next: conjunctions, prepositions.

    >>> sorted(joined_letters()) == sorted("وفبلك")
    True
    """
    data = _clitics()
    return tuple(sorted(data.conjunctions | data.prepositions))


def _cut(word: str, conj: bool, prep: bool, pron: bool, ending: bool) -> str:
    data = _clitics()
    if conj and word[0] in data.conjunctions and len(word) - 1 >= data.least:
        word = word[1:]
    if prep:
        lead = next((k for k in data.before_article if word.startswith(k)), None)
        if lead is not None:
            word = data.before_article[lead] + word[len(lead) :]
        elif word[0] in data.prepositions and len(word) - 1 >= data.least:
            word = word[1:]
    if pron:
        cut = next(
            (p for p in data.pronouns if word.endswith(p) and len(word) - len(p) >= data.least),
            None,
        )
        if cut is None:
            return word
        word = word[: -len(cut)]
        if ending and word[-1] in data.stem_endings:
            word = word[:-1] + data.stem_endings[word[-1]]
    return word


@lru_cache(maxsize=4096)
def bare_forms(text: str) -> tuple[str, ...]:
    """Return ``text`` with its Arabic words' clitics cut, every way, the fewest cuts first.

    Empty when ``text`` has no Arabic word or no clitic to cut.

    >>> from claimrec.resolution._clitics import bare_forms
    >>> bare_forms("بمقتل")[0], bare_forms("فقتلوا")[0]
    ('مقتل', 'قتلوا')
    >>> "أطلقوا النار على" in bare_forms("أطلقوا النار عليهم"), bare_forms("killed")
    (True, ())
    """
    if not _WORD.search(text):
        return ()
    out: list[str] = []
    # fewest cuts first: (conjunction, preposition, pronoun, ending)
    for flags in sorted(itertools.product((False, True), repeat=3), key=sum):
        for ending in (False, True) if flags[2] else (False,):
            conj, prep, pron = flags
            form = _WORD.sub(lambda m: _cut(m.group(), conj, prep, pron, ending), text)  # noqa: B023
            if form != text and form not in out:
                out.append(form)
    return tuple(out)


def read_bare(text: str, read: Callable[[str], _T | None]) -> _T | None:
    """Return the first reading ``read`` gives of ``text`` with its clitics cut, if any.

    >>> from claimrec.resolution._clitics import read_bare
    >>> read_bare("فقتلوا", {"قتلوا": "killed"}.get), read_bare("killed", {"killed": 1}.get)
    ('killed', None)
    """
    for form in bare_forms(text):
        found = read(form)
        if found is not None:
            return found
    return None
