"""A denial that people were harmed, against reports that they were, across predicate families.

"No civilians were harmed" (*harmed*: an attack on them) and "9 medical staff killed";
"no doctors, patients or civilians were hurt" (*hurt*: an injury) and "14 staff killed":
alignment keeps the two predicates apart (attack / casualties, injuries / casualties),
and where nothing else (a shared place and time) lifts their score, the rescue of a
denial of what the other's predicate entails never sees them. Yet the toll reports the
very harm denied. The rule (:func:`harm_meets`), for a denial that an act or harm
happened (resolution's ``Denial`` of the ``event``, naming no means, or naming one only as
the setting of the harm, denial rule ``harm``: *hurt in the air strikes*) and an asserted
claim that people were killed or wounded (a predicate of the ``casualties`` or
``injuries`` family):

- **the harm denied covers the harm reported**: the reported predicate entails the
  denied one (the vocabulary's ``entails``: *killed* entails *attacked*, whose words
  include *harmed*), or the denial is of an injury (*hurt*, *wounded*) and the report of
  deaths: the dead were hurt. A denial of deaths never covers a report of the wounded;
- **the denial covers the report's victims**: both subjects are read, and the reported
  victims are of the denial's class or a narrower one (*civilians* covers *medical
  staff*; *civilians* never covers *soldiers*; a denial naming *medical staff* leaves a
  toll of *people* standing, relations rule 4);
- **no other means**: when the report names a means and the denial's words name others
  only, they speak of two acts;
- **not another side's act**: a party denying an act (a predicate of the ``attack``
  family: *we did not attack civilians*) and a report naming another party as the one
  who did it speak of two sides' acts (who did it is the perpetrator rules');
- **one event**: something positive places both in one event (a shared place, also one
  read from the report, overlapping times, one report chain or event label: the judge's
  own test for any denial).

Then the pair is compared as one item (:func:`harm_finding`): the judge's polarity rule
decides, and every other guard of a denial holds (a narrower denial, another figure,
nothing placing the two in one event). The graph proposes such pairs
(:func:`harm_pairs`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence

from claimrec.model import Claim
from claimrec.relation._denials import _named_perpetrator, _same_party, _sides, read_as_denial
from claimrec.relation._fields import _one_event, _Outcome, _Pair, _reason
from claimrec.relation._kinds import Reason, ReasonKind
from claimrec.relation._lookup import _Lookup, _rid
from claimrec.resolution import ClaimResolution
from claimrec.resolution._denial import denies_in_words, means_named, means_of
from claimrec.resolution._records import HARM_FAMILIES, PARTY_KINDS
from claimrec.vocab import Actor

#: Families of what a denial of harm may deny: the harm, or an attack on the people.
_DENIED = frozenset({*HARM_FAMILIES, "attack"})


def _harm_denial(rec: ClaimResolution, lookup: _Lookup) -> str | None:
    """Return the denied act's family when a claim denies that an act or harm happened."""
    found = rec.denies
    # a means is the harm's setting only in a denial of harm ("hurt in the air strikes")
    if found is None or found.target != "event" or (found.means and found.rule != "harm"):
        return None
    if rec.predicate is None or rec.subject is None:
        return None
    family = lookup.vocabulary.predicates.family(rec.predicate.id)
    return family if family in _DENIED else None


def _covers(denied: str, said: str, lookup: _Lookup) -> bool:
    """Whether the harm reported (predicate ``said``) is the harm denied (``denied``)."""
    if denied == said or lookup.entails(said, denied):
        return True
    family = lookup.vocabulary.predicates.family
    return family(denied) == "injuries" and family(said) == "casualties"


def _victims_covered(rd: ClaimResolution, rs: ClaimResolution, lookup: _Lookup) -> bool:
    denied, said = _rid(rd.subject), _rid(rs.subject)
    if denied is None or said is None:
        return False
    return denied in lookup.vocabulary.subjects.lineage(said)


def _another_side(rd: ClaimResolution, rs: ClaimResolution, lookup: _Lookup) -> bool:
    """Whether a party denies its own side's act and the report names another party's.

    "We did not attack civilians" (a state or an armed group denying an act: a predicate
    of the ``attack`` family) against "JNIM killed 30 civilians": the denial speaks of
    its own side's act, the report of another's; both can hold. A denial that anyone was
    hurt (an injury, a death) is about the victims, whoever did it.
    """
    assert rd.predicate is not None
    if lookup.vocabulary.predicates.family(rd.predicate.id) != "attack":
        return False
    named = _named_perpetrator(rs)
    speaker = rd.speaker
    record = None if speaker is None else speaker.record
    if named is None or not isinstance(record, Actor) or record.kind not in PARTY_KINDS:
        return False
    return not _same_party(speaker, named)


def harm_meets(p: _Pair) -> bool:
    """Whether a denial that people were harmed meets a report that they were (module doc).

    >>> from claimrec.model import Claim, SourceKind
    >>> from claimrec.relation import relate
    >>> place = dict(place="Kayes", when="2025-03-03")
    >>> denial = Claim(source="Ruritanian army", subject="doctors or patients",
    ...                predicate="were hurt in the air strikes", polarity="denied",
    ...                id="none-hurt", **place)
    >>> toll = Claim(source="Hospital", subject="medical staff", predicate="killed", value=14,
    ...              id="toll", **place)
    >>> relate(denial, toll).kind.value
    'contradicts'
    >>> soldiers = Claim(source="Hospital", subject="soldiers", predicate="killed", value=14,
    ...                  id="soldiers", **place)
    >>> relate(denial, soldiers).kind.value
    'unrelated'
    """
    if p.a.polarity is p.b.polarity:
        return False
    denier, rd, asserter, rs = _sides(p)
    lookup = p.lookup
    if _harm_denial(rd, lookup) is None or rs.predicate is None or rs.denies is not None:
        return False
    if lookup.vocabulary.predicates.family(rs.predicate.id) not in HARM_FAMILIES:
        return False
    assert rd.predicate is not None
    if not _covers(rd.predicate.id, rs.predicate.id, lookup):
        return False
    if not _victims_covered(rd, rs, lookup):
        return False
    if _another_side(rd, rs, lookup):
        return False  # who did it: the perpetrator rules' (relation._disputes)
    named = means_named(denier.predicate) | means_named(denier.subject)
    said = means_of(asserter, rs.predicate.id)
    if named and said and not named & said:
        return False  # "nobody hurt in the air strikes" and "3 killed in the shelling"
    return _one_event(p, None)


def harm_finding(p: _Pair) -> tuple[_Outcome, tuple[Reason, ...]] | None:
    """Return the predicate finding of a denial of harm and a report of it, or None.

    The two speak of one harm when :func:`harm_meets` says so: the predicates are then
    one item (``EQUAL``), and the reason says why.
    """
    if not harm_meets(p):
        return None
    denier, rd, asserter, rs = _sides(p)
    assert rd.predicate is not None
    assert rs.predicate is not None
    denied, said = rd.predicate.id, rs.predicate.id
    if denied == said:
        why = f"the same harm, {said}"
    elif p.lookup.entails(said, denied):
        why = f"{said} entails {denied}"
    else:
        why = f"{said}: the dead were {denied} too"
    detail = f"{asserter.source.name} reports the harm {denier.source.name} denies ({why})"
    return (_Outcome.EQUAL, (_reason(ReasonKind.CATEGORICAL, detail),))


def harm_pairs(
    claims: Sequence[Claim],
    record: Callable[[str], ClaimResolution],
    lookup: _Lookup,
    groups: Mapping[str, str],
) -> Iterator[tuple[Claim, Claim]]:
    """Pairs (denial of harm, report of harm) :func:`harm_meets` meets, in input order.

    ``record`` gives a claim's resolution by id. Each denial of harm meets the reports of
    deaths or injuries whose victims it covers (bucketed by their classes), kept when
    :func:`harm_meets` says so (one event too): like the graph's pairs of a denial and
    the assertions entailing it, every such report is looked at, however many.
    """
    maybe = [c for c in claims if c.denied or denies_in_words(c.predicate) is not None]
    denials = []
    for c in maybe:
        rec = record(c.id)
        if read_as_denial(c, rec).denied and _harm_denial(rec, lookup) is not None:
            denials.append((read_as_denial(c, rec), rec))  # "staged": a denial
    if not denials:
        return
    skip = {c.id for c in maybe}
    family = lookup.vocabulary.predicates.family
    lineage = lookup.vocabulary.subjects.lineage
    by_class: dict[str, list[tuple[Claim, ClaimResolution]]] = defaultdict(list)
    for c in claims:
        if c.id in skip:
            continue
        r = record(c.id)
        if r.denies is not None or r.predicate is None or r.subject is None:
            continue
        if family(r.predicate.id) in HARM_FAMILIES:
            for cls in lineage(r.subject.id):
                by_class[cls].append((c, r))
    for d, rd in denials:
        assert rd.subject is not None
        for c, rc in by_class.get(rd.subject.id, ()):
            if groups.get(c.id) == groups.get(d.id):
                continue
            if harm_meets(_Pair(d, c, rd, rc, lookup)):  # the cheap test first
                yield (d, c) if d.id <= c.id else (c, d)
