"""Closed vocabularies as ``str`` Enums that accept the words an analyst writes (private)."""

from __future__ import annotations

from enum import Enum
from typing import Any


class WordEnum(str, Enum):
    """A ``str`` Enum whose lookup ignores case and reads spaces and hyphens as underscores.

    Examples
    --------
    >>> from claimrec._enum import WordEnum
    >>> class Kind(WordEnum):
    ...     ARMED_GROUP = "armed_group"
    >>> Kind("Armed-Group") is Kind.ARMED_GROUP
    True
    """

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, str):
            key = value.strip().lower().replace("-", "_").replace(" ", "_")
            for member in cls:
                if member.value == key:
                    return member
        return None
