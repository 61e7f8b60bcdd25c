"""Reconciliation (layer 7): source trust and the most likely value of every item.

:func:`reconcile` is the entry point; the estimators it runs work on one sparse
:class:`ClaimTable` and can be called directly on tables built from any data.
"""

from claimrec.reconciliation._estimate import Estimate, StopReason
from claimrec.reconciliation._estimators import (
    accu,
    accu_copy,
    average_log,
    crh,
    ensemble,
    investment,
    majority_vote,
    pooled_investment,
    sums,
    truthfinder,
)
from claimrec.reconciliation._known import TableReconciliation, reconcile_table
from claimrec.reconciliation._multi import MultiTruth, latent_truth
from claimrec.reconciliation._reconcile import METHODS, reconcile
from claimrec.reconciliation._results import (
    ClaimVerdict,
    CopyRelation,
    ItemResult,
    Policy,
    Reconciliation,
    SourceFigure,
    SourceTrust,
    ValueScore,
    Verdict,
)
from claimrec.reconciliation._rows import source_identity
from claimrec.reconciliation._table import (
    ClaimTable,
    flag_outliers,
    implication_from_exclusions,
    implication_from_hierarchy,
    implication_from_intervals,
    implication_from_similarity,
)

__all__ = [
    "METHODS",
    "ClaimTable",
    "ClaimVerdict",
    "CopyRelation",
    "Estimate",
    "ItemResult",
    "MultiTruth",
    "Policy",
    "Reconciliation",
    "SourceFigure",
    "SourceTrust",
    "StopReason",
    "TableReconciliation",
    "ValueScore",
    "Verdict",
    "accu",
    "accu_copy",
    "average_log",
    "crh",
    "ensemble",
    "flag_outliers",
    "implication_from_exclusions",
    "implication_from_hierarchy",
    "implication_from_intervals",
    "implication_from_similarity",
    "investment",
    "latent_truth",
    "majority_vote",
    "pooled_investment",
    "reconcile",
    "reconcile_table",
    "source_identity",
    "sums",
    "truthfinder",
]
