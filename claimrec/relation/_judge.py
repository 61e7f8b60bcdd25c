"""Judge two claims of one item: the field findings combined into a :class:`Relationship`."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

import attrs
from rapidfuzz import fuzz

from claimrec._text import normalize
from claimrec.model import Claim
from claimrec.quantity import Quantity, QuantityKind
from claimrec.relation import _distinct
from claimrec.relation._accounts import _account_dispute
from claimrec.relation._claimed import claimed_relation
from claimrec.relation._denials import (
    both_deny,
    denial_detail,
    elsewhere,
    means_finding,
    read_as_denial,
)
from claimrec.relation._disputes import (
    _collective,
    _perpetrator_dispute,
    _perpetrator_of,
    _place_read_alike,
)
from claimrec.relation._fields import (
    _AMONG,
    _NOT_ONE,
    _ONE_TIME,
    _SAME,
    _actor_name,
    _actors,
    _changed,
    _date_words,
    _dated,
    _depth,
    _describe_value,
    _echo_detail,
    _Finding,
    _hedge_reasons,
    _lossy,
    _one_article,
    _one_event,
    _one_report,
    _one_time,
    _only_kind,
    _only_numeric,
    _other_figure,
    _Outcome,
    _own_report,
    _Pair,
    _pair_text,
    _part_fits,
    _possible,
    _q,
    _qualified_text,
    _reason,
    _relay_words,
    _report_order,
    _rising,
    _same_origin,
    _stated_span,
    _statement_order,
    _two_voices,
    _values,
    _via_id,
)
from claimrec.relation._figures import (
    bodies_finding,
    bodies_reason,
    body_count,
    later_lower,
    part_count,
    part_reason,
    refined_by_figure,
    rise_words,
    risen,
    status_of_the_dead,
    toll_rise_order,
    with_verb_figure,
)
from claimrec.relation._harm import harm_finding
from claimrec.relation._interceptions import cause_told
from claimrec.relation._kinds import (
    Reason,
    ReasonKind,
    Relation,
    Relationship,
    _judged,
    _sorted_reasons,
)
from claimrec.relation._lookup import _Lookup
from claimrec.relation._past import two_events
from claimrec.relation._perpetrators import _who_did_it
from claimrec.relation._rejections import two_objects
from claimrec.relation._scope import _and_listed, counts_apart, different_scope
from claimrec.relation._victims import fighters_never_support, victim_dispute, victim_statements
from claimrec.resolution import ClaimResolution
from claimrec.vocab import Actor, PlaceRelation


def _judge(
    a: Claim,
    b: Claim,
    *,
    score: float,
    lookup: _Lookup,
    tolerance: float,
    dispute_ratio: float,
    ra: ClaimResolution,
    rb: ClaimResolution,
    place_relation: PlaceRelation | None = None,
) -> Relationship:
    """Relate two claims already judged to be about one item (``score``: alignment score).

    A contradiction of two events in time (:func:`~claimrec.relation._past.two_events`:
    a past event against the news of another report) is ``unrelated``.
    """
    rel = _judge_pair(a, b, score, lookup, tolerance, dispute_ratio, ra, rb, place_relation)
    return two_events(rel, a, b, ra, rb, lookup)


def _judge_pair(  # noqa: PLR0917 - private, _judge's body
    a: Claim,
    b: Claim,
    score: float,
    lookup: _Lookup,
    tolerance: float,
    dispute_ratio: float,
    ra: ClaimResolution,
    rb: ClaimResolution,
    place_relation: PlaceRelation | None,
) -> Relationship:
    """Judge two claims by their fields, then by who did it and who died (``_judge``)."""
    a, b = with_verb_figure(a, ra), with_verb_figure(b, rb)  # "could be up to" 60: up to 60
    a, b = read_as_denial(a, ra), read_as_denial(b, rb)  # "the attack was staged": a denial
    p = _Pair(a, b, ra, rb, lookup)
    apart = two_objects(p, score)  # two parties' reports rejected: two objects
    if apart is not None:
        return apart
    claimed = claimed_relation(p, score)  # "disputed the figure": another's claim denied
    if claimed is not None:
        return claimed
    rel = both_deny(p, _judge_fields(p, score, tolerance, dispute_ratio, place_relation))
    if rel.kind is not Relation.CONTRADICTS and (
        a.actor is None
        or b.actor is None
        or (rel.kind is Relation.UNRELATED and not any(r.kind in _APART for r in rel.reasons))
        or any(r.kind is ReasonKind.ITEM and r.detail.startswith(_NOT_ONE) for r in rel.reasons)
        or (rel.kind is Relation.COMPATIBLE and rel.reasons_of(ReasonKind.ITEM))
    ):
        # who did it, as resolution reads it from the claims' words ("roquette
        # palestinienne"), which the field comparison leaves out; two predicates of one
        # family ("caused by X", "Y claims responsibility"); or one incident the field
        # comparison does not see (incident words, _disputes)
        blame = _perpetrator_dispute(p, score) or _account_dispute(p, score)
        if blame is not None:
            return blame
    rel = fighters_never_support(p, _rivals_never_agree(p, rel))
    statements = victim_statements(p)
    if (rel.kind is not Relation.CONTRADICTS or statements) and (
        a.actor is not None or b.actor is not None or statements
    ):
        # who the dead were: the perpetrator's fighters, another's civilians (_victims);
        # a statement of who the dead were ("there was no collateral damage") says so
        # rather than that a denial meets an assertion
        victims = victim_dispute(p, score, place_relation)
        if victims is not None:
            return victims
    return _who_did_it(p, rel, score)  # one perpetrator named twice, or narrowed (_perpetrators)


#: The kinds that say two claims support one another.
_SUPPORT = frozenset({Relation.AGREES, Relation.REFINES, Relation.REFINED_BY})


def _rivals_never_agree(p: _Pair, rel: Relationship) -> Relationship:
    """Return ``rel``, or ``compatible`` when two claims read as support name rival perpetrators.

    The field comparison reads only a perpetrator the claims state (``actor``); one read
    from their words ("Beschuss durch die russische Armee", "colpito da un attacco del
    sistema americano") is left out of it, so two accounts naming two parties could
    agree, and corroborate each other. When the perpetrator rule finds no dispute (nothing
    places them in one event), they are at most ``compatible``, with a perpetrator reason.
    """
    if rel.kind not in _SUPPORT:
        return rel
    pa, pb = _perpetrator_of(p.ra), _perpetrator_of(p.rb)
    if pa is None or pb is None:
        return rel
    first, second = pa.record, pb.record
    if not (isinstance(first, Actor) and isinstance(second, Actor)):
        return rel
    if first.id == second.id or (first.party is not None and first.party == second.party):
        return rel
    if _collective(pa, pb):
        return rel  # "a Palestinian rocket" and "Islamic Jihad": perhaps one group
    x, y = _pair_text(p.a.actor or pa.id, p.b.actor or pb.id)
    detail = f"{x} and {y} are different parties: the two accounts do not support each other"
    reasons = [r for r in rel.reasons if r.kind is not ReasonKind.PERPETRATOR]
    return attrs.evolve(
        rel,
        kind=Relation.COMPATIBLE,
        reasons=_sorted_reasons([*reasons, _reason(ReasonKind.PERPETRATOR, detail)]),
    )


def _judge_fields(
    p: _Pair,
    score: float,
    tolerance: float,
    dispute_ratio: float,
    place_relation: PlaceRelation | None,
) -> Relationship:
    """Combine the field findings of two claims of one item into a relationship."""
    a, b, ra, rb, lookup = p.a, p.b, p.ra, p.rb, p.lookup
    same_speaker = _distinct.speaker_key(ra.speaker, a.source, lookup) == _distinct.speaker_key(
        rb.speaker, b.source, lookup
    )
    speaker = min(a.source.name, b.source.name)  # one name, whichever the order
    order = _statement_order(p) if same_speaker else 0
    by_reports = False
    if same_speaker and order == 0 and _changed(a, b) and not _same_origin(p):
        # a changed figure with no statement times: the reports' dates order the two
        # statements (the same figure on two days stays one statement relayed)
        order = _report_order(p)
        by_reports = order != 0
    lossy = None
    if same_speaker and isinstance(a.value, Quantity) and isinstance(b.value, Quantity):
        lossy = _lossy(a.value, b.value)
    ratio: float | None
    if lossy is not None:
        qualified, bare = lossy
        origin, relay = (a, b) if qualified is a.value else (b, a)
        if _depth(origin) > _depth(relay):
            direction = f"{_relay_words(relay, origin)} (it adds the qualifier)"
        else:
            direction = _relay_words(origin, relay)
        detail = f"{bare} repeats {_qualified_text(qualified)} without its qualifier, {direction}"
        value_finding: _Finding = (_Outcome.EQUAL, (_reason(ReasonKind.LOSSY_RELAY, detail),))
        raw_ratio = qualified.magnitude_ratio(bare)
        ratio = None if math.isnan(raw_ratio) else raw_ratio
    else:
        # an interception account's cause is the concept itself, in other words
        value_finding, ratio = _values(
            cause_told(a, ra), cause_told(b, rb), lookup, tolerance, dispute_ratio
        )
    place_finding, place_factor = _distinct.places(p, place_relation)
    subject_finding = _distinct.subjects(p)
    predicate_finding = _distinct.predicates(p)
    if predicate_finding[0] is _Outcome.EQUAL and _two_nations(a, b, ra, rb):
        # "50 Russian soldiers killed", "200 Ukrainian soldiers killed": each side's dead
        x, y = _pair_text(_q(a.subject), _q(b.subject))
        detail = f"{x} and {y} are the dead of two nations: different victims"
        subject_finding = (_Outcome.APART, (_reason(ReasonKind.VICTIM, detail),))
    if predicate_finding[0] is not _Outcome.EQUAL:
        means = means_finding(p)  # "chemical weapons not used", "killed in a gas attack"
        if means is not None:
            subject_finding, predicate_finding = _SAME, means
        else:  # "nobody was hurt" and "14 staff killed" (_harm)
            predicate_finding = harm_finding(p) or predicate_finding
    bodies = body_count(ra, rb) if _figures(a, b) else 0
    if bodies:  # a count of bodies bounds the dead from below (_figures)
        predicate_finding = (_Outcome.EQUAL, (bodies_reason(a, b, bodies),))
        value_finding, ratio = bodies_finding(a, b, bodies, tolerance, dispute_ratio)
        if subject_finding[0] in (_Outcome.A_NARROWER, _Outcome.B_NARROWER):
            subject_finding = _SAME  # "bodies" name no class of victims: "civilians" are no part
    part = part_count(ra, rb) if _figures(a, b) and not bodies else 0
    if part:  # "16 killed directly by the strike": a part bounds its toll from below
        predicate_finding = (_Outcome.EQUAL, (part_reason(a, b, part),))
        value_finding, ratio = bodies_finding(
            a, b, part, tolerance, dispute_ratio, counted="of the toll"
        )
    numeric = isinstance(a.value, Quantity) and isinstance(b.value, Quantity)
    one_count = (
        numeric
        and value_finding[0] is not _Outcome.CONFLICT
        and not (ratio is not None and ratio >= dispute_ratio)
        and not any(
            isinstance(c.value, Quantity) and c.value.kind is QuantityKind.VAGUE for c in (a, b)
        )  # "tens" of soldiers and "tens" of civilians are no one count
    ) or (a.value is None and b.value is None)
    if subject_finding[0] is _Outcome.CONFLICT and not (
        one_count and predicate_finding[0] is _Outcome.EQUAL
    ):
        # Exclusive victims are a dispute only over one count (or one unnumbered act) of
        # one act ("12 civilians killed" vs "12 militants killed"); otherwise these are
        # different victims.
        x, y = _pair_text(_q(a.subject), _q(b.subject))
        detail = f"{x} and {y} are different victims"
        subject_finding = (_Outcome.APART, (_reason(ReasonKind.VICTIM, detail),))
    if predicate_finding[0] is _Outcome.CONFLICT:
        # Exclusive outcomes ("repelled" the attack, "seized" the base) contradict whatever
        # the subjects; the values then count different things.
        value_finding = _SAME
    elif predicate_finding[0] is not _Outcome.EQUAL:
        if subject_finding[0] is not _Outcome.EQUAL or (
            a.value is not None and b.value is not None
        ):
            # Different predicates of different subjects ("7 towns attacked", "3 bases
            # seized"), or two figures of different predicates, are different items.
            detail = "different subjects or values of different predicates"
            subject_finding = (
                _Outcome.APART,
                (*predicate_finding[1], _reason(ReasonKind.ITEM, detail)),
            )
        value_finding = _SAME
    elif subject_finding[0] is _Outcome.OVERLAP and value_finding[0] is _Outcome.CONFLICT:
        # Figures of subjects that may differ ("enemy", "militants") need not contradict.
        value_finding = (_Outcome.OVERLAP, value_finding[1])
    elif (
        subject_finding[0] in (_Outcome.A_NARROWER, _Outcome.B_NARROWER)
        and value_finding[0] is _Outcome.CONFLICT
        and _part_fits(a, b, narrower_is_a=subject_finding[0] is _Outcome.A_NARROWER)
    ):
        # "4 children among the dead" and "11 dead": a part counts fewer than the whole
        detail = "the narrower class counts a part of the broader one"
        value_finding = (_Outcome.OVERLAP, (*value_finding[1], _reason(ReasonKind.VICTIM, detail)))
    vague = [
        c.value
        for c in (a, b)
        if isinstance(c.value, Quantity) and c.value.kind is QuantityKind.VAGUE
    ]
    if vague and value_finding[0] is _Outcome.CONFLICT:
        # "several", "tens", "dozens": an impression, not a count to dispute
        figures = sorted({_q(_qualified_text(v)) for v in vague})
        detail = f"{' and '.join(figures)}: an impression, not a count to dispute"
        value_finding = (_Outcome.OVERLAP, (*value_finding[1], _reason(ReasonKind.NUMERIC, detail)))
        ratio = None
    if value_finding[0] is _Outcome.CONFLICT and later_lower(p) is None:
        # (a lower figure stated days after a high estimate still disputes it: _figures)
        value_finding = _possibility_above(a, b, value_finding)
    time_finding = _distinct.times(p)
    # "25 killed on Friday" and "over 1,012 killed from Friday to Sunday": one day of the
    # span counts a part of its toll, not a rival figure
    if value_finding[0] is _Outcome.CONFLICT:  # (_a_part changes only a conflict)
        value_finding = _a_part(
            a, b, value_finding, time_finding, a.when is not None and b.when is not None,
            ReasonKind.TEMPORAL, "the narrower time counts a part of the broader one's toll",
        )  # fmt: skip
    if value_finding[0] is _Outcome.CONFLICT:
        # figures of places of different scope (a site, a town; a town and its list) count
        # different sets, whichever is higher (_scope; it changes only a conflict)
        value_finding = different_scope(
            value_finding,
            place_finding,
            ra,
            rb,
            places_given=a.place is not None and b.place is not None,
            listed=a.place is not None and b.place is not None and _and_listed(a.place, b.place),
        )
    # "9 killed in a hospital in Zamzam" and "25 killed in Zamzam": a place inside the
    # other's counts a part of its toll, not a rival figure
    if value_finding[0] is _Outcome.CONFLICT:  # (_a_part changes only a conflict)
        value_finding = _a_part(
            a, b, value_finding, place_finding, a.place is not None and b.place is not None,
            ReasonKind.SPATIAL, "the narrower place counts a part of the broader one's toll",
        )  # fmt: skip
    actor_finding = _actors(p)
    if (
        isinstance(a.value, str)
        and isinstance(b.value, str)
        and value_finding[0] is _Outcome.OVERLAP
        and actor_finding is _SAME
        and _actor_name(a, ra) is not None
        and _actor_name(b, rb) is not None
    ):
        # "Israeli airstrike" and "Israeli air raid" of one named perpetrator: the value
        # says who did it, and both name the same one
        x, y = _pair_text(_q(a.value), _q(b.value))
        detail = f"{x} and {y} name the same perpetrator"
        value_finding = (_Outcome.EQUAL, (_reason(ReasonKind.PERPETRATOR, detail),))
    findings = [
        subject_finding,
        predicate_finding,
        actor_finding,
        place_finding,
        time_finding,
        value_finding,
    ]
    if value_finding is _SAME and not (numeric and predicate_finding[0] is _Outcome.EQUAL):
        ratio = None

    def build(kind: Relation, reasons: Iterable[Reason], strength: float) -> Relationship:
        reasons = list(reasons)
        disputed = kind is Relation.CONTRADICTS or (
            kind is Relation.COMPATIBLE
            and ratio is not None
            and ratio >= dispute_ratio
            and not _counts_apart(reasons)  # read only for a figure far enough apart
        )
        return _judged(  # Relationship(...) without re-checking the judge's own values
            a.id,
            b.id,
            kind,
            float(round(min(1.0, max(0.0, strength)), 4)),
            _sorted_reasons(reasons),
            ratio if numeric else None,
            bool(disputed),
        )

    # the outcomes as a list: members compared by identity (``in``), never hashed
    outcomes = [outcome for outcome, _ in findings]
    if _Outcome.APART in outcomes:
        apart = [r for outcome, rs in findings if outcome is _Outcome.APART for r in rs]
        if apart:
            return build(Relation.UNRELATED, apart, 1.0)

    factor, hedge_reasons = _hedge_reasons(a, b)
    strength = score * place_factor * factor

    conflicts = (
        [r for outcome, rs in findings if outcome is _Outcome.CONFLICT for r in rs]
        if _Outcome.CONFLICT in outcomes
        else []
    )
    every = [r for _, rs in findings for r in rs]
    # two speakers' figures, the lower stated days after the higher: a dispute (_figures)
    fell = (
        later_lower(p)
        if conflicts and not same_speaker and a.polarity is b.polarity and _only_numeric(findings)
        else None
    )

    if a.polarity is not b.polarity:
        denier, asserter = (a, b) if a.denied else (b, a)
        # what is denied narrower than what is asserted: "denies killing 12" leaves
        # "killed" standing, "denies it at Zamzam" leaves "around Zamzam and El Fasher".
        # A time the denial adds dates the event it speaks of (rule 6 checks it is one
        # event) and denies no less
        narrower = _Outcome.A_NARROWER if denier is a else _Outcome.B_NARROWER
        if place_finding[0] is narrower and _place_read_alike(p, denier_is_a=denier is a):
            # the place the denial names is the one the assertion's report places it at
            place_finding = _SAME
        what = (subject_finding, predicate_finding, actor_finding, place_finding, value_finding)
        denied_narrower = any(outcome is narrower for outcome, _ in what)
        other_figure = _other_figure(denier, asserter)
        # "Israel did not do it" against "fighters' rocket did it": another perpetrator
        other_actor = (
            _actor_name(a, ra) is not None
            and _actor_name(b, rb) is not None
            and actor_finding is not _SAME
        )
        other_figure = other_figure or other_actor
        # one article reporting that X did it and X's denial speaks of one event
        named = _actor_name(a, ra) is not None and _actor_name(b, rb) is not None
        one = _one_event(p, place_relation) or (named and _one_article(a, b))
        # what the denial denies (resolution's `denies`): who did it, a means, only that
        # it is confirmed... may not be what the other claim asserts (_denials)
        not_denied = elsewhere(p)
        if not_denied is not None:
            kind = Relation.COMPATIBLE
            reasons = [*every, not_denied, *hedge_reasons]
        elif conflicts or denied_narrower or other_figure or not one:
            detail = (
                f"{denier.source.name} denies a claim other than the one "
                f"{asserter.source.name} asserts"
                if conflicts or denied_narrower or other_figure
                else f"nothing places {denier.source.name}'s denial in the event "
                f"{asserter.source.name} speaks of (place, time, report)"
            )
            kind = Relation.COMPATIBLE
            reasons = [*every, _reason(ReasonKind.POLARITY, detail), *hedge_reasons]
        else:
            detail = denial_detail(p)
            kind = Relation.CONTRADICTS
            entailed = predicate_finding[1] if predicate_finding[0] is _Outcome.EQUAL else ()
            reasons = [_reason(ReasonKind.POLARITY, detail), *entailed, *hedge_reasons]
    elif conflicts and _only_numeric(findings) and _rising(p):
        # a toll reported higher on a later day: the count rose, the figures do not dispute
        detail = risen(p)
        kind = Relation.COMPATIBLE
        reasons = [*every, _reason(ReasonKind.NUMERIC, detail), *hedge_reasons]
    elif conflicts and same_speaker and _one_report(a, b) and _only_numeric(findings):
        # one speaker's two figures in one report ("19 eliminated", "15 in three sectors"):
        # a whole and its part, or two items; a speaker does not dispute itself
        detail = f"{speaker} gives both figures in one report: not a dispute"
        kind = Relation.COMPATIBLE
        reasons = [*every, _reason(ReasonKind.SAME_SPEAKER, detail), *hedge_reasons]
    elif conflicts and _only_numeric(findings) and fell is None and not _one_time(p):
        # Two figures that nothing dates to one time (no overlapping event times, no one
        # report chain, no statement or report dates a few days apart): a toll changes as
        # the dead are counted, so absence of dates is no evidence of one count.
        dates = sorted(f"{c.source.name} {_date_words(c, r)}" for c, r in ((a, ra), (b, rb)))
        detail = (
            f"{_NOT_ONE} at one time (event time, report chain or dates): {_ONE_TIME} "
            f"({', '.join(dates)})"
        )  # either order reads the same
        kind = Relation.COMPATIBLE
        reasons = [*every, _reason(ReasonKind.ITEM, detail), *hedge_reasons]
    elif (
        conflicts
        and not _one_event(p, place_relation)
        and not (_only_kind(findings, ReasonKind.PERPETRATOR) and _one_article(a, b))
    ):
        # Two claims with nothing placing them in one event (no shared place, time,
        # report or label): perhaps two events, not a dispute, whatever the conflict
        # (figures, perpetrators, victims, outcomes). One article setting two accounts
        # of who did it side by side speaks of one event.
        detail = f"{_NOT_ONE} (place, time, report)"
        kind = Relation.COMPATIBLE
        reasons = [*every, _reason(ReasonKind.ITEM, detail), *hedge_reasons]
    elif conflicts:
        kind = Relation.CONTRADICTS
        reasons = [*conflicts, *([fell] if fell is not None else []), *hedge_reasons]
    elif _only(outcomes, _EQUAL):
        kind = Relation.AGREES
        reasons = [*every, *hedge_reasons]
    elif _only(outcomes, _EQUAL_OR_A):
        kind = Relation.REFINES
        reasons = [*every, *hedge_reasons]
    elif _only(outcomes, _EQUAL_OR_B):
        kind = Relation.REFINED_BY
        reasons = [*every, *hedge_reasons]
    else:
        # two figures, one narrower, the other only adding details: the figure decides
        kind = refined_by_figure(a, b, findings) or Relation.COMPATIBLE
        reasons = [*every, *hedge_reasons]

    if not reasons:
        reasons = [_reason(ReasonKind.ITEM, "same subject, predicate, value, place and time")]
    if not same_speaker:
        rel = build(kind, reasons, strength)
        if (
            rel.disputed
            and kind is Relation.COMPATIBLE
            and not (_one_event(p, place_relation) and _one_time(p))
        ):
            # far-apart figures that nothing places in one event: perhaps two events
            detail = f"{_NOT_ONE} (place, time, report)"
            why = _sorted_reasons([*rel.reasons, _reason(ReasonKind.ITEM, detail)])
            rel = attrs.evolve(rel, disputed=False, reasons=why)
        return rel

    inside = (_Outcome.A_NARROWER, _Outcome.B_NARROWER)
    listed = place_finding[0] in inside and any(
        _AMONG in r.detail for r in place_finding[1]
    )  # one of the places a list names ("Zamzam"; "Zamzam, Abu Shouk and El Fasher")
    nested_time = a.when is not None and b.when is not None and time_finding[0] in inside
    if by_reports and (listed or nested_time):
        # reports ordering two figures of which one counts one of the places the other
        # lists, or a time inside the other's: a part of its count, not a new figure
        order = 0
    rose = 0
    if order == 0 and not (listed or nested_time):
        rose = _undated_revision(p, reasons, place_relation)
    if rose != 0:
        # one speaker's two figures of one toll that nothing dates: a changed figure is a
        # revision; the toll's rise orders them (_figures.toll_rise_order)
        early, late = (a, b) if rose < 0 else (b, a)
        detail = rise_words(early, late, speaker)
        # two statements at two times: "nothing dates them to one time" says nothing here
        kept = [r for r in reasons if not r.detail.startswith(_NOT_ONE)]
        revised = build(
            Relation.REVISES if late is a else Relation.REVISED_BY,
            [*kept, _reason(ReasonKind.SAME_SPEAKER, detail)],
            strength,
        )
        return attrs.evolve(revised, disputed=False)
    if order != 0 and (kind is not Relation.AGREES or _changed(a, b)):
        # One speaker, two statements at ordered times, two different claims: the later
        # one revises the earlier (not a dispute, not a corroboration).
        early, late = (a, b) if order < 0 else (b, a)
        detail = (
            f"{speaker} changed its claim from {_describe_value(early)} "
            f"({_stated_span(ra if early is a else rb)}) to {_describe_value(late)} "
            f"({_stated_span(ra if late is a else rb)})"
        )
        revised = build(
            Relation.REVISES if late is a else Relation.REVISED_BY,
            [*reasons, _reason(ReasonKind.SAME_SPEAKER, detail)],
            strength,
        )
        return attrs.evolve(revised, disputed=False)
    if kind is Relation.COMPATIBLE and _one_report(a, b):
        detail = f"{speaker} gives both in one report"
        return attrs.evolve(
            build(kind, [*reasons, _reason(ReasonKind.SAME_SPEAKER, detail)], strength),
            disputed=False,
        )
    if order != 0:
        detail = f"{speaker} says it again"
        return build(kind, [*reasons, _reason(ReasonKind.SAME_SPEAKER, detail)], strength)
    if a.polarity is not b.polarity:
        detail = f"{speaker} says both"
        return build(kind, [*reasons, _reason(ReasonKind.SAME_SPEAKER, detail)], strength)
    undated = [c for c, r in ((a, ra), (b, rb)) if _stated_span(r) is None]
    own = len(undated) == 1 and _own_report(undated[0])
    if _via_id(a) == _via_id(b) or (own and not _same_origin(p)):
        # the same report twice, or a dated statement and an undated one the speaker
        # published itself: two statements of the speaker, not one relayed
        detail = f"{speaker} says it again" if kind is Relation.AGREES else f"{speaker} says both"
        return build(kind, [*reasons, _reason(ReasonKind.SAME_SPEAKER, detail)], strength)
    voices = _two_voices(p)
    if voices is not None:
        # two voices of one body (an army and its spokesman): two statements, no echo
        rel = build(kind, [*reasons, _reason(ReasonKind.SAME_SPEAKER, voices)], strength)
        return attrs.evolve(rel, disputed=False) if kind is Relation.COMPATIBLE else rel
    # One speaker, statement times not ordered: one statement relayed. Relays that agree,
    # add a detail or lose a qualifier are an echo; relays that differ otherwise are noted,
    # never a dispute among themselves.
    if _changed(a, b):
        # one speaker's two figures, no order known: relays that differ, never an echo
        differ = _reason(
            ReasonKind.LOSSY_RELAY, f"{speaker} gives both figures; which came first is unknown"
        )
        return attrs.evolve(
            build(Relation.COMPATIBLE, [*reasons, differ], strength), disputed=False
        )
    if _figure_and_words(a, b):
        # "147" and "la centaine": words that may or may not be the figure; one statement
        # relayed or two, nothing tells (a false echo would hide a dispute)
        figure, words = (a, b) if isinstance(a.value, Quantity) else (b, a)
        detail = (
            f"{speaker} gives a figure ({figure.value}) and words ({words.value}) "
            "that are not compared: one statement or two is unknown"
        )
        same = _reason(ReasonKind.SAME_SPEAKER, detail)
        return attrs.evolve(build(kind, [*reasons, same], strength), disputed=False)
    if _two_names(a.value, b.value):
        # "Iskander" and "Tochka-U": a relay rewords a statement, it does not rename what
        # the statement names
        detail = f"{speaker} names two different things ({a.value}, {b.value}): two statements"
        same = _reason(ReasonKind.SAME_SPEAKER, detail)
        return attrs.evolve(build(kind, [*reasons, same], strength), disputed=False)
    echo = _reason(ReasonKind.ECHO, _echo_detail(p, speaker))
    far = ratio is not None and ratio >= dispute_ratio and not _vague_holds(a.value, b.value)
    if kind is Relation.COMPATIBLE and not far:
        # relays that reword the statement (a translation, a paraphrase): still one
        detail = f"the relays of one {speaker} statement word it differently"
        reworded = build(kind, [*reasons, echo, _reason(ReasonKind.ECHO, detail)], strength)
        return attrs.evolve(reworded, disputed=False)  # relays never dispute each other
    if kind in (Relation.AGREES, Relation.REFINES, Relation.REFINED_BY):
        extra = [echo]
        if kind is not Relation.AGREES:
            narrow, wide = (a, b) if kind is Relation.REFINES else (b, a)
            extra.append(
                _reason(
                    ReasonKind.ECHO,
                    f"{_relay_words(wide, narrow)} adds a detail to the relayed statement",
                )
            )
        return build(kind, [*reasons, *extra], strength)
    differ = _reason(ReasonKind.LOSSY_RELAY, f"the relays of one {speaker} statement differ")
    relation = build(Relation.COMPATIBLE, [*reasons, differ], strength)
    return attrs.evolve(relation, disputed=False)


_EQUAL = (_Outcome.EQUAL,)
_EQUAL_OR_A = (_Outcome.EQUAL, _Outcome.A_NARROWER)
_EQUAL_OR_B = (_Outcome.EQUAL, _Outcome.B_NARROWER)


def _only(outcomes: list[_Outcome], allowed: tuple[_Outcome, ...]) -> bool:
    """Whether every outcome is one of ``allowed``: ``set(outcomes) <= set(allowed)``.

    The members are compared by identity; an enum's ``__hash__`` is a Python call.
    """
    for outcome in outcomes:  # noqa: SIM110 - a loop, not all() over a generator (a frame)
        if outcome not in allowed:
            return False
    return True


def _vague_holds(x: object, y: object) -> bool:
    """Whether one figure is a vague one (*many*, *dozens*) that holds the other.

    A vague word names a range, not a point: "many" holds "tens" and "55", and its
    central value says nothing of how far apart the two are. One speaker's relays that
    render its figure so ("scores killed", relayed as "many", "tens", "plusieurs
    dizaines") word one statement differently.

    Examples
    --------
    >>> from claimrec.quantity import Quantity
    >>> many, tens = Quantity.parse("many"), Quantity.parse("tens")
    >>> _vague_holds(many, tens), _vague_holds(tens, many), _vague_holds(many, Quantity.parse("55"))
    (True, True, True)
    >>> _vague_holds(tens, Quantity.parse("hundreds")), _vague_holds(Quantity.parse("3"), tens)
    (False, False)
    """
    if not (isinstance(x, Quantity) and isinstance(y, Quantity)):
        return False
    return any(
        wide.kind is QuantityKind.VAGUE and narrow.issubset(wide)
        for wide, narrow in ((x, y), (y, x))
    )


def _figure_and_words(a: Claim, b: Claim) -> bool:
    """Whether one claim gives a figure and the other words that are no figure we read."""
    x, y = a.value, b.value
    if x is None or y is None or isinstance(x, Quantity) is isinstance(y, Quantity):
        return False
    return isinstance(y if isinstance(x, Quantity) else x, str)


def _two_names(x: object, y: object) -> bool:
    """Whether two text values are different names (capitalised words, none shared, unalike).

    *Iskander* and *Tochka-U*, *Ukraine* and *Dobropole*; not *Kiev* and *Ukrainian
    forces* (a description), nor *Kiev* and *Kyiv* (one name spelt two ways).
    """
    if not (isinstance(x, str) and isinstance(y, str)):
        return False
    words = []
    for text in (x, y):
        found = text.replace("-", " ").split()
        if not found or not all(w[:1].isupper() for w in found):
            return False
        words.append({normalize(w) for w in found})
    if words[0] & words[1] or any(_ACRONYM.fullmatch(t) for t in (x, y)):
        return False  # a word shared; an acronym (JNIM, GSIM: one group in two languages)
    if fuzz.ratio(normalize(x), normalize(y)) >= _NAME_ALIKE:
        return False
    return _skeleton(x) != _skeleton(y)  # "Kiev" and "Kyiv": one name transliterated


_NAME_ALIKE = 80  # "Al Fasher" and "El Fasher": one name
_ACRONYM = re.compile(r"[A-Z0-9]{2,6}")


def _skeleton(text: str) -> str:
    """Return a name's consonants (vowels and *y*, *w*, *h* dropped): its transliterations'."""
    return re.sub(r"[aeiouyhw\s]", "", normalize(text))


def _undated_revision(
    p: _Pair, reasons: Iterable[Reason], place_relation: PlaceRelation | None
) -> int:
    """Order one speaker's two undated figures of one toll as a revision: -1, 1, or 0.

    Only when a date is missing (two dates that do not order the two say one time),
    a changed figure (:func:`_changed`) of one count: not relays of one original
    report (they differ by the relay), not two figures of one report or article (a whole
    and its part, or two items), not two of the speaker's people (two voices), not a
    part of the other's count (a narrower class, place or time, a different scope), and
    something places both in one event. The toll's rise orders them
    (:func:`~claimrec.relation._figures.toll_rise_order`).
    """
    a, b = p.a, p.b
    if a.polarity is not b.polarity:
        return 0
    if _dated(a, p.ra) is not None and _dated(b, p.rb) is not None:
        return 0  # both dated, and the dates did not order them: one time, not a revision
    if not _changed(a, b) or _same_origin(p) or _one_article(a, b) or _two_voices(p):
        return 0
    reasons = list(reasons)
    if counts_apart(reasons):
        return 0
    for reason in reasons:
        if _PART in reason.detail and not (
            reason.kind is ReasonKind.VICTIM and status_of_the_dead(p)
        ):
            return 0  # a part of the other's count (a place, a time, children)
    if not _one_event(p, place_relation):
        return 0
    return toll_rise_order(p)


#: Words of the reasons that read one figure as a part of the other's count.
_PART = "counts a part"

#: Reasons that keep an unrelated pair apart in time or space: no blame rule joins it.
_APART = frozenset({ReasonKind.TEMPORAL, ReasonKind.SPATIAL})


def _two_nations(a: Claim, b: Claim, ra: ClaimResolution, rb: ClaimResolution) -> bool:
    """Whether two figures count people of two nations (resolution's ``nation``)."""
    if not (isinstance(a.value, Quantity) and isinstance(b.value, Quantity)):
        return False
    return ra.nation is not None and rb.nation is not None and ra.nation != rb.nation


def _possibility_above(a: Claim, b: Claim, finding: _Finding) -> _Finding:
    """Read a figure given as what the toll *could* reach, above the other's, as no dispute.

    "The toll could approach 3,500" (*pourrait s'approcher de*, *könnte*, *может*) says
    what may be, not what was counted: against a lower figure both can hold. So does a
    high estimate ("as many as 50", "up to 50": the most the speaker says the toll may
    be) above a lower figure ("about 40"). A possible figure *below* the other's (a
    ceiling: "could be up to 60" against 80 counted) still disputes it; far apart (at
    least ``dispute_ratio``), the pair stays ``disputed``.
    """
    va, vb = a.value, b.value
    if not (isinstance(va, Quantity) and isinstance(vb, Quantity)):
        return finding
    for high, low in ((a, b), (b, a)):
        vh, vl = high.value, low.value
        assert isinstance(vh, Quantity)
        assert isinstance(vl, Quantity)
        if (
            (_possible(high) or vh.kind is QuantityKind.HIGH_ESTIMATE)
            and not _possible(low)
            and vh.low is not None
            and vl.high is not None
            and vh.low > vl.high
        ):
            detail = (
                f"{high.source.name} says the toll could reach {_q(_qualified_text(vh))}: "
                "a possibility, not a count to dispute"
                if _possible(high)
                else f"{high.source.name}'s {_q(_qualified_text(vh))} is the most it says "
                "the toll may be: a ceiling, not a count to dispute"
            )
            return (_Outcome.OVERLAP, (*finding[1], _reason(ReasonKind.NUMERIC, detail)))
    return finding


def _counts_apart(reasons: list[Reason]) -> bool:
    """Whether a pair's figures count different sets (different scope, not one item)."""
    return counts_apart(reasons) or any(
        r.kind is ReasonKind.ITEM and _NOT_ONE in r.detail for r in reasons
    )


def _figures(a: Claim, b: Claim) -> bool:
    return isinstance(a.value, Quantity) and isinstance(b.value, Quantity)


def _a_part(  # noqa: PLR0917 - private
    a: Claim,
    b: Claim,
    value_finding: _Finding,
    finding: _Finding,
    stated: bool,
    kind: ReasonKind,
    detail: str,
) -> _Finding:
    """Turn a figures' conflict into an overlap when one count is a part of the other.

    That is when one claim's stated place or time (``finding``) lies inside the other's
    and its figure fits as a part of the other's toll.
    """
    narrower = finding[0]
    if (
        stated
        and narrower in (_Outcome.A_NARROWER, _Outcome.B_NARROWER)
        and value_finding[0] is _Outcome.CONFLICT
        and _part_fits(a, b, narrower_is_a=narrower is _Outcome.A_NARROWER)
    ):
        return (_Outcome.OVERLAP, (*value_finding[1], _reason(kind, detail)))
    return value_finding
