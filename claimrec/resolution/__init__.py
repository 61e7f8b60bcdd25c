"""Where text becomes identities: :func:`resolve`.

Every later stage (alignment, relations, the graph, reconciliation) reads the names in a
claim through one :class:`Resolution`, so that no two stages read one name two ways.
For every claim it gives, each with a score in [0, 1] and the rule that fired:

- ``speaker``: the actor the source is (its name, its aliases, or a known name inside a
  longer one: *a JNIM statement on Telegram* is JNIM), time-aware; a speaker no vocabulary
  knows is identified within the input (*Blue Hats* and *the Blue Hats rescue group* are
  one speaker, rule ``local``);
- ``actor``: who did it (the claim's ``actor``), time- and country-aware;
- ``places``: the places the claim names, read against the gazetteer and the other
  places of the same report: compound strings (*Ménaka, Ménaka region* is the town),
  lists (*Ansongo, Bourem and Gao*), *near X*, *north of X*, *X region*; ``place`` is
  the one place that stands for them all (the finest of a chain, the smallest place
  containing a list);
- ``predicate``: the predicate concept (exact phrase, inflected form such as *pulled
  back* for *pull back*, or a close misspelling; never a different word that happens to
  look alike: *crashed* is not *clashed*);
- ``subject``: the subject class;
- ``stated``: when the speaker made the statement (the claim's ``stated``, else the
  date of the original report of a relay chain, else the date of the speaker's own
  report); unknown otherwise, never the relaying article's date;
- ``origin``: the first report of the claim's relay chain.

Each distinct string is resolved once, whatever the number of claims naming it.
Whatever resolves to nothing is listed by :meth:`Resolution.unresolved`, never dropped. A
place name no gazetteer knows (*Ngarbuh*, *aldea de Ngarbu*) gets an identity within the
input (rule ``local``: :mod:`claimrec.resolution._localplaces`).

>>> import claimrec as cr
>>> report = cr.Report(outlet="Wire", published="2025-07-02", id="wire")
>>> claims = [
...     cr.Claim(source="a JNIM statement on Telegram", subject="soldiers",
...              predicate="pulling back", place="Ménaka, Ménaka region", via=report, id="a"),
...     cr.Claim(source="Moussa Ag Ali", subject="cows", predicate="crashed", place="the moon",
...              via=report, id="b"),
... ]
>>> res = cr.resolve(claims)
>>> rec = res["a"]
>>> rec.speaker.id, rec.speaker.rule, rec.predicate.id, rec.predicate.rule
('JNIM', 'contained', 'withdrew', 'inflected')
>>> rec.place.id, rec.place.rule
('ml.menaka', 'compound')
>>> [(u.claim_id, u.field) for u in res.unresolved()]
[('b', 'place'), ('b', 'predicate'), ('b', 'speaker'), ('b', 'subject')]
"""

from claimrec.resolution._geography import LocalPlace
from claimrec.resolution._records import (
    FIELDS,
    TARGETS,
    Account,
    ClaimResolution,
    Denial,
    Resolved,
    Unresolved,
)
from claimrec.resolution._result import Resolution, resolve

__all__ = [
    "FIELDS",
    "TARGETS",
    "Account",
    "ClaimResolution",
    "Denial",
    "LocalPlace",
    "Resolution",
    "Resolved",
    "Unresolved",
    "resolve",
]
