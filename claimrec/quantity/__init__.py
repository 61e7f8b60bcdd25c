"""Quantities as reports state them: an interval, a best estimate and the words used.

Reports rarely give one exact number. "Over 80", "dozens", "about 40", "between 10
and 20" and "une quarantaine" each assert an *interval* of values, sometimes with a
point estimate inside it. :class:`Quantity` stores that interval with the class of
phrase (:class:`QuantityKind`) that stated it, so that later stages can compare
magnitudes, detect agreement within a tolerance, and notice when a relay dropped a
qualifier ("more than 80" repeated as "80").

Examples
--------
>>> from claimrec.quantity import Quantity
>>> q = Quantity.parse("over 80")
>>> q.low, q.high, q.kind.value
(81.0, None, 'lower_bound')
>>> q.contains(80), q.contains(81)
(False, True)
>>> str(Quantity.parse("une quarantaine"))
'about 40'
"""

from claimrec.quantity._base import QuantityKind
from claimrec.quantity._core import Quantity
from claimrec.quantity._parse import number_word

__all__ = ["Quantity", "QuantityKind", "number_word"]
