r"""Text normalisation shared by every layer (private helper).

Names in reports differ in case, accents, apostrophes, hyphens and spacing:
``"Jama'at Nusrat al-Islam"``, ``"JAMAAT NUSRAT AL ISLAM"``; ``"Ménaka"``, ``"Menaka"``;
and in script: ``"Тимбукту"``, ``"تمبكتو"``. :func:`normalize` maps such variants to one
ASCII key. The key is for matching only: claims keep their own words.

Hostile text is folded too: invisible characters (zero-width spaces and joiners, soft
hyphens, bidirectional controls, byte-order marks) vanish, and look-alike letters of other
scripts (a Cyrillic ``"\u0430"`` in a Latin name) become the Latin letter they imitate, so that
one name written two ways is one key.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

from anyascii import anyascii

_APOSTROPHES = "'`\u2018\u2019\u02bc\u02bb\u00b4\u02b9\u02be\u02bf"
_APOS_RE = re.compile(f"[{re.escape(_APOSTROPHES)}]")
_NONWORD_RE = re.compile(r"[^0-9a-z]+")
_NONWORD_ANY_RE = re.compile(r"[\W_]+")
#: Marks a writer may add or leave out without changing the word: Arabic short vowels,
#: tanween, shadda, sukun, dagger alif and Quranic marks, the tatweel (kashida) that
#: stretches a word, and Hebrew niqqud and cantillation. Transliterated, a vowel mark
#: becomes a letter (``"قُتل"`` would read *qutl*, ``"قتل"`` *qtl*), so one word written with
#: and without its vowels would be two keys.
_POINTING_RE = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640"
    "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]"
)

#: Texts longer than this are normalised without being cached (see :func:`short_text_cache`).
CACHED_CHARS = 256

_R = TypeVar("_R")


def short_text_cache(
    maxsize: int, max_chars: int = CACHED_CHARS
) -> Callable[[Callable[[str], _R]], Callable[[str], _R]]:
    """Cache a function of one string, but only for strings of at most ``max_chars``.

    An ``lru_cache`` bounded by entry count alone still holds ``maxsize`` strings of any
    length: untrusted input of long distinct strings grows it without bound. Long strings
    are computed each time instead; short ones, the names and phrases that repeat, hit the
    cache.

    Examples
    --------
    >>> from claimrec._text import short_text_cache
    >>> @short_text_cache(maxsize=2, max_chars=3)
    ... def shout(text):
    ...     return text.upper()
    >>> shout("abc"), shout("abcd"), shout.cache_info().currsize
    ('ABC', 'ABCD', 1)
    """

    def decorate(func: Callable[[str], _R]) -> Callable[[str], _R]:
        cached = lru_cache(maxsize=maxsize)(func)

        @wraps(func)
        def wrapper(text: str) -> _R:
            if len(text) <= max_chars:
                return cached(text)
            return func(text)

        wrapper.cache_info = cached.cache_info  # type: ignore[attr-defined]
        wrapper.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return wrapper

    return decorate


def _fold(text: str) -> str:
    """Return ``text`` in ASCII, lower case, without apostrophes; punctuation as spaces."""
    if not text.isascii():
        text = _POINTING_RE.sub("", text)
        # anyascii transliterates every script, drops invisible characters (zero-width
        # space, soft hyphen, BOM, bidi controls) and maps look-alikes and compatibility
        # forms (Cyrillic a, fullwidth M, the fi ligature) to their Latin letters.
        text = anyascii(text)
    return _NONWORD_RE.sub(" ", _APOS_RE.sub("", text.lower())).strip()


@short_text_cache(maxsize=65536)
def normalize(text: str) -> str:
    r"""Return the matching key of ``text``: ASCII, lower case, accents and apostrophes removed.

    Other scripts are transliterated (``"Тимбукту"`` -> ``"timbuktu"``), invisible characters
    dropped and look-alike letters folded; punctuation and runs of white space become one
    space. Text with a letter or a digit never has an empty key: a character no
    transliteration knows is kept, case-folded. The key is idempotent:
    ``normalize(normalize(t)) == normalize(t)``.

    Examples
    --------
    >>> from claimrec._text import normalize
    >>> normalize("  Jama'at Nusrat al-Islam wal-Muslimin ")
    'jamaat nusrat al islam wal muslimin'
    >>> normalize("Ménaka") == normalize("MENAKA")
    True
    >>> normalize("Тимбукту"), normalize("JN\u200bIM"), normalize("\u0410l-Qaeda")
    ('timbuktu', 'jnim', 'al qaeda')
    >>> normalize("جماعة نصرة الإسلام") != normalize("ولاية الساحل")
    True

    Arabic vowel marks and the tatweel, and Hebrew points, are optional in writing and
    ignored: a word is one key with or without them.

    >>> normalize("قُتِلَ") == normalize("قتل") == normalize("قتـل")
    True
    """
    key = _fold(text)
    if key or not any(ch.isalnum() for ch in text):
        return key
    # Letters no transliteration knows (or ones it maps to punctuation): keep them.
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _NONWORD_ANY_RE.sub(" ", folded).strip()
