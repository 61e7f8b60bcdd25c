"""Words of a weapon that misfired or went astray (private): *un tir raté*, *an errant missile*.

Read from ``accounts.json`` (its ``misfire`` means), before any vocabulary's fallback:
a predicate naming a misfire is never read as the act a cut word of it suggests (*un tir
raté de*: a misfire, not the clashes of *tirs*). How the victims died by a misfire is
:func:`~claimrec.resolution._account.account_of`'s reading.
"""

from __future__ import annotations

import functools
import json
import re
from importlib.resources import files

from claimrec._text import normalize


@functools.cache
def _pattern() -> re.Pattern[str]:
    data = json.loads((files("claimrec") / "data" / "accounts.json").read_text(encoding="utf-8"))
    keys = sorted({normalize(w) for w in data["means"]["misfire"]["words"]}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys if k) + r")\b")


@functools.lru_cache(maxsize=65536)
def names_misfire(text: str) -> bool:
    """Whether ``text`` names a weapon that misfired or went astray.

    >>> names_misfire("un tir raté de"), names_misfire("an errant Ukrainian missile")
    (True, True)
    >>> names_misfire("tirs"), names_misfire("opened fire")
    (False, False)
    """
    return _pattern().search(normalize(text)) is not None
