"""Example data sets that ship with claimrec.

Examples
--------
>>> import claimrec as cr
>>> claims = cr.datasets.mali_2025()
>>> sorted({c.source.name for c in claims})[:3]
['FAMa', 'JNIM', 'Kayes resident']
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files

from claimrec.io.jsonl import loads_jsonl
from claimrec.model import Claim

__all__ = ["mali_2025"]


@cache
def _mali_2025() -> tuple[Claim, ...]:
    text = (files("claimrec") / "data" / "mali_2025.jsonl").read_text(encoding="utf-8")
    return tuple(loads_jsonl(text))


def mali_2025() -> list[Claim]:
    """Return the sourced claims of the report on the 1 July 2025 attacks in western Mali.

    The report (published 2 July 2025) carries Mali's army's statement on national
    TV (attacks "thwarted", "over 80" militants "neutralised"), JNIM's claim of
    responsibility ("seized control of three military installations"), a Kayes
    resident's account, background on the 2 June Timbuktu attack and the 1 June
    attack in central Mali, and US Africa Command's May warning. The same data is in
    ``examples/mali_2025/claims.jsonl``; ``docs/mali_2025.md`` explains each encoding choice.

    Returns
    -------
    list of Claim
        A new list each call, in the file's order.

    Examples
    --------
    >>> import claimrec as cr
    >>> army = [c for c in cr.datasets.mali_2025() if c.source.name == "FAMa"]
    >>> [str(c.value) for c in army if c.predicate == "neutralised"]
    ['over 80']
    """
    return list(_mali_2025())
