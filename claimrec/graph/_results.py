"""What the claim graph's questions return: disputes, corroborations, echoes, events (private)."""

from __future__ import annotations

import html
import json
from typing import Any

import attrs

from claimrec._records import (
    claim_record,
    said_line,
    value_words,
)
from claimrec.model import Claim, Source
from claimrec.relation import (
    Relationship,
)

# --------------------------------------------------------------------------- results


@attrs.frozen(kw_only=True)
class Dispute:
    """An item on which the claims disagree, with its sides.

    Parameters
    ----------
    item : str
        What the item is (the alignment group's label).
    group_id : str
        The alignment group.
    sides : tuple of tuple of Claim
        Claims grouped into sides of mutually supporting claims, largest side first.
    relationships : tuple of Relationship
        The disputed relationships: contradictions, and compatible figures far apart.
    event_id : str, optional
        The event the item lies in (:meth:`ClaimGraph.event_of`).

    Examples
    --------
    >>> import claimrec as cr
    >>> from claimrec.graph import claim_graph
    >>> dispute = claim_graph(cr.datasets.mali_2025()).disputes()[0]
    >>> [[c.id for c in side] for side in dispute.sides]
    [['fama-thwarted'], ['jnim-seized']]
    """

    item: str
    group_id: str
    sides: tuple[tuple[Claim, ...], ...]
    relationships: tuple[Relationship, ...]
    event_id: str | None = None

    def explain(self) -> str:
        """Return the dispute in plain words.

        Examples
        --------
        >>> import claimrec as cr
        >>> from claimrec.graph import claim_graph
        >>> print(claim_graph(cr.datasets.mali_2025()).disputes()[0].explain())
        Dispute over ...
          side 1: FAMa: attacks thwarted ...
          side 2: JNIM: military installations seized control of ...
          fama-thwarted contradicts jnim-seized ...
        """
        lines = [f"Dispute over {self.item} ({self.group_id})"]
        for number, side in enumerate(self.sides, start=1):
            lines.extend(f"  side {number}: {claim.describe()}" for claim in side)
        lines.extend("  " + rel.explain().splitlines()[0] for rel in self.relationships)
        return "\n".join(lines)

    @property
    def claims(self) -> tuple[Claim, ...]:
        """Every claim of the dispute, side by side.

        Examples
        --------
        >>> import claimrec as cr
        >>> [c.id for c in cr.claim_graph(cr.datasets.mali_2025()).disputes()[0].claims]
        ['fama-thwarted', 'jnim-seized']
        """
        return tuple(claim for side in self.sides for claim in side)

    def to_dict(self) -> dict[str, Any]:
        """Return the dispute as nested plain data (what ``json.dumps`` takes).

        Examples
        --------
        >>> import claimrec as cr
        >>> data = cr.claim_graph(cr.datasets.mali_2025()).disputes()[0].to_dict()
        >>> [[c["source"] for c in side] for side in data["sides"]]
        [['FAMa'], ['JNIM']]
        """
        return {
            "item": self.item,
            "group_id": self.group_id,
            "sides": [[claim_record(c) for c in side] for side in self.sides],
            "relationships": [
                {
                    "a": r.a,
                    "b": r.b,
                    "kind": r.kind.value,
                    "strength": r.strength,
                    "disputed": r.disputed,
                    "explanation": r.explain(),
                }
                for r in self.relationships
            ],
        }

    def to_json(self) -> str:
        """Return the dispute as JSON text (sides, claims with provenance, relationships).

        Examples
        --------
        >>> import json, claimrec as cr
        >>> text = cr.claim_graph(cr.datasets.mali_2025()).disputes()[0].to_json()
        >>> json.loads(text)["relationships"][0]["kind"]
        'contradicts'
        """
        return json.dumps(self.to_dict(), ensure_ascii=False)

    def __repr__(self) -> str:
        sides = " vs ".join("+".join(sorted({c.source.name for c in side})) for side in self.sides)
        return f"<Dispute {self.item!r}: {sides}>"

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{number}</td><td>{html.escape(c.source.name)}</td>"
            f"<td>{html.escape(c.subject)} {html.escape(c.predicate)}</td>"
            f"<td>{html.escape(value_words(c.value) or '')}</td>"
            f"<td>{html.escape(c.quote or '')}</td>"
            f"<td>{html.escape(' < '.join(r.outlet for r in c.via.chain()) if c.via else '')}</td>"
            "</tr>"
            for number, side in enumerate(self.sides, start=1)
            for c in side
        )
        return (
            f"<div><b>Dispute over {html.escape(self.item)}</b><table><tr><th>side</th>"
            "<th>source</th><th>says</th><th>value</th><th>quote</th><th>via</th></tr>"
            f"{rows}</table></div>"
        )


@attrs.frozen(kw_only=True)
class Corroboration:
    """A claim supported by more than one independent source.

    Parameters
    ----------
    claim : Claim
        The claim.
    sources : tuple of Source
        One source per independent party that supports it (the claim's own included),
        sorted by name.
    supporting : tuple of Claim
        The other claims that agree with it or entail it, from other evidence groups.

    Examples
    --------
    >>> from claimrec.model import Claim
    >>> from claimrec.graph import claim_graph
    >>> claims = [Claim(source=s, subject="civilians", predicate="killed", value=v,
    ...                 place="Kayes", when="2025-07-01", id=s)
    ...           for s, v in [("HRW", "12"), ("UN", "12"), ("Kayes resident", "about 12")]]
    >>> for c in claim_graph(claims).corroborations():
    ...     print(c.claim.id, [s.name for s in c.sources])
    HRW ['HRW', 'Kayes resident', 'UN']
    Kayes resident ['HRW', 'Kayes resident', 'UN']
    UN ['HRW', 'Kayes resident', 'UN']
    """

    claim: Claim
    sources: tuple[Source, ...]
    supporting: tuple[Claim, ...]


@attrs.frozen(kw_only=True)
class Echo:
    """One speaker's statement relayed by several reports: one piece of evidence.

    Parameters
    ----------
    primary : Claim
        The original (the report others relay, else the earliest statement, else the
        claim that kept its qualifier).
    relays : tuple of Claim
        The other claims of the same statement, sorted by id.
    lossy : tuple of Claim
        The relays that lost a qualifier ("more than 80" repeated as "80"): not a new value.

    Examples
    --------
    >>> from claimrec.model import Claim, Report
    >>> from claimrec.graph import claim_graph
    >>> tv = Report(outlet="ORTM", published="2025-07-01", id="tv")
    >>> claims = [Claim(source="FAMa", subject="militants", predicate="killed", value="12",
    ...                 when="2025-07-01", id=f"c{i}",
    ...                 via=tv if i == 0 else Report(outlet=f"outlet {i}", relays=tv))
    ...           for i in range(3)]
    >>> echo = claim_graph(claims).echoes()[0]
    >>> echo.primary.id, [c.id for c in echo.relays], echo.lossy
    ('c0', ['c1', 'c2'], ())
    """

    primary: Claim
    relays: tuple[Claim, ...]
    lossy: tuple[Claim, ...]

    @property
    def claims(self) -> tuple[Claim, ...]:
        """The primary claim followed by its relays.

        Examples
        --------
        >>> from claimrec.model import Claim
        >>> from claimrec.graph import Echo
        >>> c = Claim(source="FAMa", subject="militants", predicate="killed", id="c")
        >>> len(Echo(primary=c, relays=(), lossy=()).claims)
        1
        """
        return (self.primary, *self.relays)

    def __repr__(self) -> str:
        outlets = sorted({c.via.outlet for c in self.relays if c.via is not None})
        return (
            f"<Echo {self.primary.id!r} ({self.primary.source.name}) relayed by "
            f"{len(self.relays)}: {', '.join(outlets)}>"
        )

    def _repr_html_(self) -> str:
        rows = "".join(
            f"<tr><td>{'primary' if c is self.primary else 'relay'}"
            f"{' (lossy)' if c in self.lossy else ''}</td><td>{html.escape(c.id)}</td>"
            f"<td>{html.escape(' < '.join(r.outlet for r in c.via.chain()) if c.via else '')}"
            f"</td><td>{html.escape(value_words(c.value) or '')}</td></tr>"
            for c in self.claims
        )
        return (
            f"<div><b>Echo of {html.escape(said_line(self.primary))}</b><table><tr><th></th>"
            f"<th>claim</th><th>via</th><th>value</th></tr>{rows}</table></div>"
        )


@attrs.frozen(kw_only=True)
class Event:
    """One incident: the claims about it, whatever their predicate or subject.

    Items (one toll, one outcome) live inside events. An *aggregate* is a claim whose
    time span and area strictly contain several events (a monthly or a three-country
    total): it is an event of its own, ``aggregate=True``, that bounds the events it
    ``covers`` and never contradicts one of them.

    Parameters
    ----------
    id : str
        Stable: derived from the member ids.
    claims : tuple of Claim
        The members, sorted by id.
    label : str
        Where and when, in words.
    aggregate : bool
        Whether this is an aggregate claim over other events.
    covers : tuple of str
        For an aggregate, the ids of the events it covers.
    reasons : tuple of str
        Why the members are one event (shared report, place and day, aligned items...).

    Examples
    --------
    >>> import claimrec as cr
    >>> graph = cr.claim_graph(cr.datasets.mali_2025())
    >>> event = graph.event_of("fama-thwarted")
    >>> "jnim-seized" in [c.id for c in event.claims], event.aggregate
    (True, False)
    """

    id: str
    claims: tuple[Claim, ...]
    label: str
    aggregate: bool = False
    covers: tuple[str, ...] = ()
    reasons: tuple[str, ...] = ()

    @property
    def ids(self) -> tuple[str, ...]:
        """The member ids, sorted."""
        return tuple(c.id for c in self.claims)


@attrs.frozen(kw_only=True)
class SourcePair:
    """How often the claims of two sources stand in each relation.

    ``a <= b`` by name; ``a == b`` counts a source's claims related to each other
    (its repetitions and revisions).

    Examples
    --------
    >>> import claimrec as cr
    >>> from claimrec.graph import claim_graph
    >>> pair = claim_graph(cr.datasets.mali_2025()).source_summary()[0]
    >>> pair.a, pair.b, pair.contradicts
    ('FAMa', 'JNIM', 1)
    """

    a: str
    b: str
    agrees: int = 0
    refines: int = 0
    compatible: int = 0
    contradicts: int = 0
    revises: int = 0
    disputed: int = 0
