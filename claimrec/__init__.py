"""claimrec: reconcile sourced claims against each other.

Model who says what (:class:`Claim`, :class:`Source`, :class:`Report`) with typed
values (:class:`Quantity`, :class:`TimeSpan`, :class:`Category`), then align, relate,
graph and reconcile them.

Examples
--------
>>> import claimrec as cr
>>> claims = cr.datasets.mali_2025()
>>> [c.describe() for c in claims if c.predicate == "neutralised"]
['FAMa: militants neutralised over 80 [western Mali, 2025-07-01]']
"""

from claimrec import datasets
from claimrec.category import Category, CategoryScheme
from claimrec.errors import (
    CandidateBudgetError,
    ClaimrecError,
    ClaimrecWarning,
    FormatError,
    InvalidClaimError,
    NotConvergedError,
    UnknownNameError,
    UnparsableValueError,
)
from claimrec.io.jsonl import dumps_jsonl, loads_jsonl, read_jsonl, write_jsonl
from claimrec.model import Claim, Polarity, Report, Source, SourceKind, Value, to_value
from claimrec.quantity import Quantity, QuantityKind
from claimrec.report import claims_table
from claimrec.timespan import Precision, TimeSpan

__version__ = "0.1.0"

__all__ = [
    "CandidateBudgetError",
    "Category",
    "CategoryScheme",
    "Claim",
    "ClaimrecError",
    "ClaimrecWarning",
    "FormatError",
    "InvalidClaimError",
    "NotConvergedError",
    "Polarity",
    "Precision",
    "Quantity",
    "QuantityKind",
    "Report",
    "Source",
    "SourceKind",
    "TimeSpan",
    "UnknownNameError",
    "UnparsableValueError",
    "Value",
    "claims_table",
    "datasets",
    "dumps_jsonl",
    "loads_jsonl",
    "read_jsonl",
    "to_value",
    "write_jsonl",
]
