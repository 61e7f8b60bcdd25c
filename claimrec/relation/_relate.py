"""relate(): score a pair, look again at disputes alignment keeps apart, judge it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from claimrec._text import normalize
from claimrec.alignment import (
    DEFAULT_THRESHOLD,
    DEFAULT_TIME_WINDOW,
    PairScore,
    _options,
    _pair_score,
    _Table,
)
from claimrec.errors import InvalidClaimError
from claimrec.model import Claim
from claimrec.quantity import Quantity, QuantityKind
from claimrec.relation._accounts import _account_dispute
from claimrec.relation._aggregates import _aggregates, _bounded
from claimrec.relation._claimed import claimed_relation
from claimrec.relation._context import _Prepared, _prepared
from claimrec.relation._denials import denials_meet, means_meet, read_as_denial
from claimrec.relation._disputes import _perpetrator_dispute
from claimrec.relation._fields import (
    _ONE_TIME_DAYS,
    _changed,
    _dated,
    _echo_detail,
    _one_event,
    _other_sites,
    _Outcome,
    _Pair,
    _predicates,
    _reason,
    _same_core,
    _same_origin,
    _stated,
    _stated_span,
    _statement_order,
    _two_voices,
    _via_id,
)
from claimrec.relation._harm import harm_meets
from claimrec.relation._judge import _judge
from claimrec.relation._kinds import Reason, ReasonKind, Relation, Relationship, _sorted_reasons
from claimrec.relation._lookup import _Lookup, _lookup, _rid
from claimrec.relation._past import two_events
from claimrec.relation._perpetrators import _who_did_it
from claimrec.relation._victims import victim_dispute
from claimrec.resolution import ClaimResolution, Resolution, resolve
from claimrec.resolution._columns import _Columns
from claimrec.resolution._resolver import _resolver, _speaker_key
from claimrec.resolution._voices import same_person
from claimrec.vocab import PlaceRelation, Vocabulary

# --------------------------------------------------------------------------- relate


def _check_options(tolerance: float, dispute_ratio: float) -> None:
    if isinstance(tolerance, bool) or not isinstance(tolerance, int | float):
        raise InvalidClaimError("tolerance", tolerance, "must be a number in [0, 1)")
    if not 0.0 <= tolerance < 1.0:
        raise InvalidClaimError("tolerance", tolerance, "must be in [0, 1)")
    if isinstance(dispute_ratio, bool) or not isinstance(dispute_ratio, int | float):
        raise InvalidClaimError("dispute_ratio", dispute_ratio, "must be a number > 1")
    if not dispute_ratio > 1.0:
        raise InvalidClaimError("dispute_ratio", dispute_ratio, "must be > 1")


_FEATURE_KINDS = {
    "place": ReasonKind.SPATIAL,
    "time": ReasonKind.TEMPORAL,
    "actor": ReasonKind.PERPETRATOR,
}


def _item_reasons(pair: PairScore) -> list[Reason]:
    """Return why two claims are not one item: the failing (else the weakest) feature."""
    if not pair.features:
        return [_reason(ReasonKind.ITEM, f"not the same item (score {pair.score:.2f})")]
    failing = None
    if pair.rejected:
        failing = next((f for f in pair.features if f.name == pair.rejected), None)
    if failing is None:
        failing = min(pair.features, key=lambda f: (f.score, f.name))
    verdict = f"rejected on {failing.name}" if pair.rejected else f"score {pair.score:.2f}"
    detail = f"not the same item ({verdict}): {failing.detail}"
    return [_reason(_FEATURE_KINDS.get(failing.name, ReasonKind.ITEM), detail)]


def _unaligned(a: Claim, b: Claim, pair: PairScore) -> Relationship:
    return Relationship(
        a=a.id,
        b=b.id,
        kind=Relation.UNRELATED,
        strength=round(min(1.0, max(0.0, 1.0 - pair.score)), 4),
        reasons=_sorted_reasons(_item_reasons(pair)),
    )


def relate(
    a: Claim,
    b: Claim,
    *,
    tolerance: float = 0.05,
    dispute_ratio: float = 2.0,
    vocabulary: Vocabulary | None = None,
    threshold: float | None = None,
    time_window: Any = None,
    context: Iterable[Claim] = (),
) -> Relationship:
    """Return how claim ``a`` stands to claim ``b``.

    The pair is first scored by :func:`~claimrec.alignment.compare`; claims about
    different items are :attr:`Relation.UNRELATED`, with the failing feature as the
    reason. Claims about one item are compared field by field (subject, predicate,
    perpetrator, place, time, value) and the findings combined:

    - any conflict (disjoint numbers, exclusive predicates such as "repelled" and
      "captured", perpetrators of different parties, exclusive victims of one count,
      disjoint times or places of one stated fact) makes :attr:`~Relation.CONTRADICTS`;
      so does a denial of what the other asserts;
    - all the same makes :attr:`~Relation.AGREES` (numbers within ``tolerance``);
    - narrower on some fields and the same on the others makes
      :attr:`~Relation.REFINES` (``a`` narrower) or :attr:`~Relation.REFINED_BY`;
    - anything else is :attr:`~Relation.COMPATIBLE`; nested or overlapping numbers whose
      central values are ``dispute_ratio`` or more times apart are compatible *and
      disputed*, never a refinement.

    The same speaker's claims at two statement times that differ are a revision
    (:attr:`~Relation.REVISES`: ``a`` is the later); the same speaker's figure relayed
    without its qualifier ("over 80" repeated as "80") agrees, with a
    :attr:`ReasonKind.LOSSY_RELAY` reason. Hedges ("reportedly") lower the strength.

    Parameters
    ----------
    a, b : Claim
        The claims.
    tolerance : float, default 0.05
        Relative tolerance under which two figures agree ("50" and "52").
    dispute_ratio : float, default 2.0
        How many times apart two central values must be for compatible numbers to be
        disputed ("at least 20" and "over 90": 4.5 times).
    vocabulary : Vocabulary, optional
        Names of actors, places, predicates and subjects; the shipped one by default.
    threshold, time_window : optional
        Passed to :func:`~claimrec.alignment.compare` (the alignment threshold and the
        time window of one item).
    context : iterable of Claim, optional
        The other claims of the analysis: their places help read ``a``'s and ``b``'s
        (:func:`~claimrec.resolve`). Given the claims of a :func:`~claimrec.claim_graph`,
        ``relate`` reads the pair exactly as the graph does. The context's resolution is
        computed once and kept (the last few contexts, keyed by their claims and the
        vocabulary), so a loop of ``relate`` calls over one context costs one resolution,
        not one per call; a context that does not hold both claims is read per call.

    Returns
    -------
    Relationship
        ``relate(b, a)`` is always ``relate(a, b).converse()``.

    Raises
    ------
    InvalidClaimError
        For a ``tolerance`` outside [0, 1) or a ``dispute_ratio`` not above 1.

    See Also
    --------
    claimrec.graph.claim_graph : relate every aligned pair of many claims.

    References
    ----------
    .. [1] M.-C. de Marneffe, A. N. Rafferty and C. D. Manning, "Finding Contradictions
       in Text", Proc. ACL-08: HLT, 2008, pp. 1039-1047.
    .. [2] Full Fact, "Automated fact checking: claim matching" (same truth conditions),
       https://fullfact.org/automated

    Examples
    --------
    >>> from claimrec.model import Claim
    >>> from claimrec.relation import relate
    >>> def claim(source, value, **kw):
    ...     base = dict(subject="militants", predicate="killed", when="2025-07-01",
    ...                 place="Kayes", event="Kayes attack")
    ...     return Claim(source=source, value=value, id=f"{source}:{value}", **{**base, **kw})
    >>> print(relate(claim("army", "55"), claim("JNIM", "over 90")).explain())
    army:55 contradicts JNIM:over 90 (strength ..., disputed, central values 1.65x apart)
      numeric: 55 and over 90 do not overlap
    >>> r = relate(claim("army", "at least 20"), claim("JNIM", "over 90"))
    >>> r.kind.value, r.disputed, round(r.magnitude_ratio, 2)
    ('compatible', True, 4.55)
    >>> relate(claim("army", "50"), claim("hospital", "52")).kind.value
    'agrees'
    >>> later = claim("army", "65", stated="2025-07-03")
    >>> relate(later, claim("army", "20", stated="2025-07-01")).kind.value
    'revises'
    """
    _check_options(tolerance, dispute_ratio)
    lookup = _lookup(vocabulary)
    if a == b:
        return Relationship(
            a=a.id, b=b.id, kind=Relation.AGREES,
            reasons=(_reason(ReasonKind.ITEM, "the same claim"),),
            magnitude_ratio=1.0 if isinstance(a.value, Quantity) else None,
        )  # fmt: skip
    opts = _options(
        DEFAULT_THRESHOLD if threshold is None else threshold,
        DEFAULT_TIME_WINDOW if time_window is None else time_window,
        None,
        1,
    )
    # Score in one fixed order, so that relate(b, a) sees the very same score.
    first, second = (a, b) if (a.id, a.source.name) <= (b.id, b.source.name) else (b, a)
    context = tuple(context)
    if context:
        prepared = _prepared(context, a, b, lookup.vocabulary)
        if prepared is not None:  # the context, resolved once for every call on it
            return _relate_in(prepared, a, b, first, second, opts, lookup, tolerance, dispute_ratio)
    others = [c for c in context if c.id not in (a.id, b.id)]
    # the pair's reports' other claims are read with it, as the whole context would read
    # them (a speaker's toll of fighters beside its civilians, the parts of its toll)
    reports = {r.id for r in (first.via, second.via) if r is not None}
    near = [c for c in others if c.via is not None and c.via.id in reports]
    far = [c for c in others if c.via is None or c.via.id not in reports]
    read = [first, second, *near]
    cols = _Columns(read, _resolver(lookup.vocabulary), far)
    pair = _pair_score(_Table(read, cols.resolver, columns=cols), 0, 1, opts)
    res = Resolution(cols)
    ra, rb = (res[0], res[1]) if first is a else (res[1], res[0])
    rel = _relate_scored(a, b, pair, lookup, tolerance, dispute_ratio, ra, rb)
    if others and rel.disputed:
        # a total over several events (given the context) bounds each of them
        everything = [first, second, *others]
        totals = _aggregates(everything, resolve(everything, vocabulary=lookup.vocabulary))
        if b.id in totals.get(a.id, ()) or a.id in totals.get(b.id, ()):
            rel = _bounded(rel)
    return rel


def _relate_in(  # noqa: PLR0917 - private, relate's body on a prepared context
    prepared: _Prepared,
    a: Claim,
    b: Claim,
    first: Claim,
    second: Claim,
    opts: Any,
    lookup: _Lookup,
    tolerance: float,
    dispute_ratio: float,
) -> Relationship:
    """:func:`relate` on a context that holds both claims, its resolution computed once."""
    at = prepared.position
    pair = _pair_score(prepared.table, at[first.id], at[second.id], opts)
    res = prepared.resolution
    ra, rb = res[at[a.id]], res[at[b.id]]
    rel = _relate_scored(a, b, pair, lookup, tolerance, dispute_ratio, ra, rb)
    if rel.disputed and len(prepared.claims) > 2:
        totals = prepared.totals()
        if b.id in totals.get(a.id, ()) or a.id in totals.get(b.id, ()):
            rel = _bounded(rel)
    return rel


def _relate_scored(  # noqa: PLR0917 - private, called in two places
    a: Claim,
    b: Claim,
    pair: PairScore,
    lookup: _Lookup,
    tolerance: float,
    dispute_ratio: float,
    ra: ClaimResolution,
    rb: ClaimResolution,
) -> Relationship:
    """Relate two claims given their alignment :class:`PairScore` and resolutions.

    A contradiction between a past event and the news of another report
    (:func:`~claimrec.relation._past.past_event`) is two events: ``unrelated``.
    """
    rel = _relate_routes(a, b, pair, lookup, tolerance, dispute_ratio, ra, rb)
    return two_events(rel, a, b, ra, rb, lookup)


def _relate_routes(  # noqa: PLR0917 - private, _relate_scored's body
    a: Claim,
    b: Claim,
    pair: PairScore,
    lookup: _Lookup,
    tolerance: float,
    dispute_ratio: float,
    ra: ClaimResolution,
    rb: ClaimResolution,
) -> Relationship:
    """Relate two claims by the routes across predicate families, then by the judge."""
    a, b = read_as_denial(a, ra), read_as_denial(b, rb)  # "the attack was staged": a denial
    place_relation: PlaceRelation | None = None
    if pair.place_relation is not None:
        place_relation = PlaceRelation(pair.place_relation)
        if pair.a != a.id:
            place_relation = place_relation.converse()
    score = pair.score
    if not pair.aligned and pair.rejected not in ("place", "time"):
        # Who did it, across predicate families: "blamed on X" against "Y killed 12", or
        # "X denies responsibility" against "X's air strike": alignment keeps the
        # predicates apart, yet the two dispute one act's perpetrator.
        # An account of how the victims died (an accident, crossfire) against a claim
        # naming who did it disputes how they died (_accounts).
        # A denial of another speaker's figure ("disputed the figure") against that
        # figure, or another's denial of it (_claimed).
        who = _Pair(a, b, ra, rb, lookup)
        strength = _score_without(pair, "predicate")
        disputed = (
            claimed_relation(who, strength)
            or _perpetrator_dispute(who, strength)
            or _account_dispute(who, strength)
        )
        if disputed is not None:
            return disputed
    if not pair.aligned:
        # Alignment keeps exclusive subjects apart ("civilians", "militia"); kinds of one
        # broader class may still be one count of one act, named two ways. It also keeps
        # apart claims placed or timed apart; when both name one fact of one labelled
        # event ("the attack" of the 1 July event), that is a spatial or temporal dispute.
        # A denial of what the other's predicate entails ("no attack on civilians" and
        # "civilians killed") is a dispute across predicate families.
        p = _Pair(a, b, ra, rb, lookup)
        sa, sb = _rid(ra.subject), _rid(rb.subject)
        harmed = False
        if pair.rejected == "subject":
            rescued = (
                lookup.subjects_exclude(sa, sb) and lookup.subjects_kin(sa, sb)
            ) or denials_meet(p)
        elif pair.rejected == "predicate":
            # ... or a denial of a means meets an act asserted with it, or another denial
            # of it (_denials)
            # ... or a denial that people were harmed meets a report that they were, in
            # one event (_harm: the event's evidence stands for alignment's score)
            harmed = harm_meets(p)
            rescued = (
                _predicates(p)[0] is _Outcome.EQUAL or means_meet(p) or denials_meet(p) or harmed
            )
        else:
            rescued = pair.rejected in ("place", "time") and _same_core(p)
        score = _score_without(pair, pair.rejected or "")
        if harmed:
            score = max(score, pair.threshold)
        if not rescued or score < pair.threshold:
            if pair.rejected in ("place", "time"):
                return _relay(a, b, ra, rb, lookup) or _unaligned(a, b, pair)
            # who the dead were: the perpetrator's fighters, another's civilians (_victims)
            victims = victim_dispute(p, _score_without(pair, "subject"), place_relation)
            if victims is not None:
                return victims
            unaligned = _relay(a, b, ra, rb, lookup) or _unaligned(a, b, pair)
            # one perpetrator named in two predicate families, or narrowed (_perpetrators)
            return _who_did_it(p, unaligned, _score_without(pair, "predicate"))
    rel = _judge(
        a,
        b,
        score=score,
        lookup=lookup,
        tolerance=tolerance,
        dispute_ratio=dispute_ratio,
        ra=ra,
        rb=rb,
        place_relation=place_relation,
    )
    if rel.kind is Relation.UNRELATED:
        return _relay(a, b, ra, rb, lookup) or rel
    return rel


RELAY_STRENGTH = 0.5  # a relay told by provenance alone, in words alignment keeps apart


def _relay_key(claim: Claim, rec: ClaimResolution) -> tuple[str, ...] | None:
    """Return the value a relay must repeat: a figure's lower bound, a word, or a predicate."""
    value = claim.value
    if isinstance(value, Quantity):
        return None if value.low is None else ("q", f"{value.low:g}")
    if isinstance(value, str):
        return ("s", normalize(value))
    if value is None:
        predicate = _rid(rec.predicate)
        return None if predicate is None else ("p", predicate)
    return None


def _undated_relay(p: _Pair) -> bool:
    """Whether a dated relay and an undated one are one statement: nothing tells them apart.

    With one side undated no date orders or separates the two, and a relay that names
    the perpetrator or the place where the other does not stays apart in alignment. They
    are read as one statement when they say one thing: one predicate read, one figure
    (equal values; a figure relayed lossily is left to the other ties), one voice (the
    same person, named alike or in part as :func:`~claimrec.resolution._voices.same_person`
    reads names, or none named on either side: a person's words and a body's are two
    statements as often as one) and victims of classes that do not exclude each other.
    One exact figure stated alike may be read on two predicates
    (:func:`_one_number_reworded`).
    """
    pa, pb = _rid(p.ra.predicate), _rid(p.rb.predicate)
    xa, xb = p.ra.person, p.rb.person
    if (xa is None) != (xb is None) or (
        xa is not None and xb is not None and not same_person(xa, xb)
    ):
        return False
    if (pa is None or pa != pb) and not _one_number_reworded(p, pa, pb):
        return False
    if isinstance(p.a.value, Quantity) and p.a.value != p.b.value:
        return False
    sa, sb = _rid(p.ra.subject), _rid(p.rb.subject)
    lookup = p.lookup
    return not (sa is not None and sb is not None and lookup.subjects_exclude(sa, sb))


_ACT_FAMILIES = frozenset({"attack", "responsibility"})  # the act a toll is the toll of


def _one_number_reworded(p: _Pair, pa: str | None, pb: str | None) -> bool:
    """Whether one exact number, read on two predicates, is still one thing counted.

    Relays reword the verb: "50 killed in the missile strike" is read as the strike on
    one side, "killed as a result of the attack" as its blame on the other, and a verb
    of another language is left unread. One exact figure stated alike by one voice is
    one count when one predicate at least is read and the two are one family, or one of
    them is the act or its blame (the attack, the responsibility: the figure is its
    toll). Two counts of two things ("40 killed", "40 wounded") stay two statements.
    """
    va, vb = p.a.value, p.b.value
    if not (isinstance(va, Quantity) and va == vb and va.kind is QuantityKind.EXACT):
        return False
    if pa is None or pb is None:
        return pa is not None or pb is not None
    predicates = p.lookup.vocabulary.predicates
    if pa not in predicates or pb not in predicates:
        return False
    fa, fb = predicates.get(pa).family, predicates.get(pb).family
    return fa == fb or fa in _ACT_FAMILIES or fb in _ACT_FAMILIES


def _one_figure(a: Claim, b: Claim) -> bool:
    """Whether two figures of one speaker state one number: one figure relayed.

    One lower bound ("at least 50" and "50"), or one number qualified two ways by two
    relays ("at least 200" and "about 200"; "au moins 3 000" and "some 3,000"). A vague
    figure ("dozens"), a rounding ("272", "about 300") or a qualifier dropped from another
    number ("more than 2,000" and "2,000") may be the figure relayed or another count:
    left to alignment and the judge. Two numbers ("171" and "172") are two statements.

    Examples
    --------
    >>> from claimrec.model import Claim
    >>> def c(value):
    ...     return Claim(source="army", subject="people", predicate="killed", value=value)
    >>> _one_figure(c("at least 200"), c("about 200")), _one_figure(c("at least 80"), c("80"))
    (True, True)
    >>> _one_figure(c("171"), c("172")), _one_figure(c("dozens"), c("at least 55"))
    (False, False)
    >>> _one_figure(c("more than 2000"), c("2000"))
    False
    """
    va, vb = a.value, b.value
    if not (isinstance(va, Quantity) and isinstance(vb, Quantity)) or _changed(a, b):
        return False
    if va.low is not None and va.low == vb.low:
        return True
    return bool(_relay_numbers(a) & _relay_numbers(b))


def _relay_numbers(claim: Claim) -> frozenset[float]:
    """Return the numbers a qualified figure states, by which two relays may requalify it.

    "at least 200" states 200 (or 199), "about 200" 200; an exact figure, a vague one
    and a figure without a lower bound state none here (:func:`_one_figure`). The graph
    proposes one speaker's claims that share such a number as relays.

    Examples
    --------
    >>> from claimrec.model import Claim
    >>> def c(value):
    ...     return Claim(source="army", subject="people", predicate="killed", value=value)
    >>> sorted(_relay_numbers(c("at least 200"))), sorted(_relay_numbers(c("200")))
    ([199.0, 200.0], [])
    """
    value = claim.value
    if not isinstance(value, Quantity) or value.low is None:
        return frozenset()
    if value.kind in (QuantityKind.EXACT, QuantityKind.VAGUE):
        return frozenset()
    return frozenset(_stated(value))


def _one_thing(ra: ClaimResolution, rb: ClaimResolution) -> bool:
    """Whether nothing read tells two claims' subjects or predicates apart.

    Each of subject and predicate is read the same on both sides, or left unread on one
    (a word of another language the vocabulary lacks): "200 motorbikes burnt" and "over
    200 fighters killed" are two things.
    """
    for x, y in ((ra.subject, rb.subject), (ra.predicate, rb.predicate)):
        if x is not None and y is not None and x.id != y.id:
            return False
    return True


def _carried_before(p: _Pair) -> bool:
    """Whether one claim's report is dated before the other's statement was made.

    A report's date only bounds the statement it relays: the statement was made on or
    before it, and a report weeks later may carry it still (an annual report relayed for
    months). Two report dates far apart are therefore no two statements; a statement
    dated more than ``_ONE_TIME_DAYS`` after the other claim's report was published is
    (that report cannot carry it). Two stated times are ordered by
    :func:`_statement_order`.
    """
    sides = ((p.a, p.ra), (p.b, p.rb))
    for (_, first), (other, second) in (sides, sides[::-1]):
        span = _stated_span(first)
        if span is None or _stated_span(second) is not None:
            continue
        day = _dated(other, second)  # the other report's date: its statement by then
        if day is not None and (span.start.date() - day).days > _ONE_TIME_DAYS:
            return True
    return False


def _relay(
    a: Claim, b: Claim, ra: ClaimResolution, rb: ClaimResolution, lookup: _Lookup
) -> Relationship | None:
    """Return an echo when two claims alignment keeps apart are one statement relayed.

    Relays translate and reword ("retrouvés dans les rues", "retrieved"; "contrôler",
    "taken control of"). Provenance still tells one statement: one identified speaker,
    one figure (or, without one, one predicate), one polarity, two reports, statement
    times not ordered, nothing placing or timing them apart, and something placing them
    together (one report chain, report dates a few days apart, or a shared place or
    time), or, when only one side is dated, one predicate, one figure and one voice
    (:func:`_undated_relay`).
    """
    if a.polarity is not b.polarity or ra.speaker is None or rb.speaker is None:
        return None
    if _via_id(a) == _via_id(b):
        return None  # one report (or none): the speaker says it again, no relay
    if isinstance(a.value, Quantity) and isinstance(b.value, Quantity):
        if not _one_figure(a, b):
            return None
        if a.value.low != b.value.low and not _one_thing(ra, rb):
            return None  # a requalified figure: of one thing counted by one act
    else:
        key = _relay_key(a, ra)
        if key is None or key != _relay_key(b, rb):
            return None
    vocab = lookup.vocabulary
    speaker = _speaker_key(ra.speaker, a.source, vocab)
    if speaker != _speaker_key(rb.speaker, b.source, vocab):
        return None
    p = _Pair(a, b, ra, rb, lookup)
    if _statement_order(p) != 0 or _two_voices(p) is not None:
        return None
    if a.when is not None and b.when is not None and not a.when.overlaps(b.when):
        return None
    if a.place is not None and b.place is not None:
        where = lookup.place_relation(a.place, b.place, ra.place, rb.place)
        if where is PlaceRelation.DISJOINT or _other_sites(p):
            return None
    da, db = _dated(a, ra), _dated(b, rb)
    if _carried_before(p):
        return None
    close = da is not None and db is not None and abs((da - db).days) <= _ONE_TIME_DAYS
    if not (
        _same_origin(p)
        or close
        or _one_event(p, None)
        or ((da is None) != (db is None) and _undated_relay(p))
    ):
        return None
    name = min(a.source.name, b.source.name)
    reasons = [
        _reason(ReasonKind.ECHO, _echo_detail(p, name)),
        _reason(
            ReasonKind.ECHO,
            f"the relays of one {name} statement word it differently "
            "(same speaker, same figure, statement times not ordered)",
        ),
    ]
    numeric = isinstance(a.value, Quantity) and isinstance(b.value, Quantity)
    return Relationship(
        a=a.id,
        b=b.id,
        kind=Relation.AGREES if a.value == b.value else Relation.COMPATIBLE,
        strength=RELAY_STRENGTH,
        reasons=_sorted_reasons(reasons),
        magnitude_ratio=1.0 if numeric and a.value == b.value else None,
    )


def _score_without(pair: PairScore, name: str) -> float:
    kept = [f for f in pair.features if f.name != name]
    total = sum(f.weight for f in kept)
    if total <= 0:
        return 0.0
    return round(sum(f.score * f.weight for f in kept) / total, 6)
