"""Text normalisation shared by every layer (private helper).

Names in reports differ in case, accents, apostrophes, hyphens and spacing:
``"Jama'at Nusrat al-Islam"``, ``"JAMAAT NUSRAT AL ISLAM"``; ``"Ménaka"``, ``"Menaka"``.
:func:`normalize` maps such variants to one key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = "'`\u2018\u2019\u02bc\u02bb\u00b4\u02b9\u02be\u02bf"
_APOS_RE = re.compile(f"[{re.escape(_APOSTROPHES)}]")
_NONWORD_RE = re.compile(r"[^0-9a-z]+")
_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d"})


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """Return the matching key of ``text``: casefolded, accents and apostrophes removed.

    Punctuation and runs of white space become one space.

    Examples
    --------
    >>> from claimrec._text import normalize
    >>> normalize("  Jama'at Nusrat al-Islam wal-Muslimin ")
    'jamaat nusrat al islam wal muslimin'
    >>> normalize("Ménaka") == normalize("MENAKA")
    True
    """
    folded = text.casefold().translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", folded)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = _APOS_RE.sub("", stripped)
    return _NONWORD_RE.sub(" ", stripped).strip()
