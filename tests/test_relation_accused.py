"""Who did it, between acts and from the accused: two acts naming rival perpetrators, and a
party's denial of what another says its side did.

Made-up claims (a market in Kayes struck on 3 March 2025): none is copied from the corpus.
The attribution rule is tested in ``test_relation_perpetrators.py``.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.model import Claim, Report
from claimrec.relation import ReasonKind, Relation, relate
from tests.test_relation_perpetrators import assert_symmetric_and_order_free

PLACE = {"place": "Kayes", "when": "2025-03-03"}


def act(source: str, actor: str | None, predicate: str = "killed", cid: str = "act",
        subject: str = "civilians", **kw: object) -> Claim:  # fmt: skip
    """A violent act at the market by ``actor``."""
    fields: dict[str, object] = {"subject": subject, "predicate": predicate, **PLACE}
    return Claim(source=source, actor=actor, id=cid, **{**fields, **kw})  # type: ignore[arg-type]


def denial(source: str = "JNIM", predicate: str = "attacked", cid: str = "denial",
           **kw: object) -> Claim:  # fmt: skip
    """``source`` denies the act, naming no actor: its own side did not do it.

    Stated the day after the act, naming no place or time (alignment keeps it apart).
    """
    fields: dict[str, object] = {"subject": "civilians", "predicate": predicate,
                                 "stated": "2025-03-04"}  # fmt: skip
    return Claim(source=source, id=cid, polarity="denied", **{**fields, **kw})  # type: ignore[arg-type]


# --------------------------------------------------------------------------- two acts


def test_two_acts_of_two_predicates_naming_rival_perpetrators_dispute_who_did_it():
    """"FAMa shelled the civilians" and "JNIM killed 12 civilians" at one place and day."""
    shelled = act("JNIM", "FAMa", "shelled", cid="shelled")
    killed = act("Mali government", "JNIM", cid="killed", value=12)
    rel = relate(shelled, killed)
    assert rel.kind is Relation.CONTRADICTS
    assert rel.disputed
    assert any("different parties" in r.detail for r in rel.reasons_of(ReasonKind.PERPETRATOR))
    assert relate(killed, shelled) == rel.converse()


def test_an_explosion_and_a_shelling_of_one_site_dispute_who_did_it():
    """"exploded" entails nothing (a blast may be an accident); one naming who did it is an act."""
    blast = act("Mali government", "JNIM", "exploded", cid="blast", subject="the market")
    shelling = act("JNIM", "FAMa", "shelled", cid="shelling", subject="the market")
    assert relate(blast, shelling).kind is Relation.CONTRADICTS


def test_two_acts_need_one_victims_and_one_event():
    killed = act("Mali government", "JNIM", cid="killed", value=12)
    # another kind of victims: two acts, not rivals for one
    assert relate(act("JNIM", "FAMa", "shelled", subject="the base"), killed).kind is not (
        Relation.CONTRADICTS
    )
    # a fight: each side kills the other's fighters
    soldiers = act("JNIM", "JNIM", cid="soldiers", subject="soldiers", value=20)
    militants = act("Mali government", "FAMa", "shelled", cid="militants", subject="militants")
    assert relate(soldiers, militants).kind is not Relation.CONTRADICTS
    # one article listing two acts of the day at two towns
    page = Report(outlet="Wire", published="2025-03-04", url="https://wire.example/day", id="w")
    north = act("JNIM", "FAMa", "shelled", cid="north", place="Ménaka", when=None, via=page)
    south = act("Mali government", "JNIM", cid="south", place="Kayes", when=None, via=page)
    assert relate(north, south).kind is not Relation.CONTRADICTS
    # an abduction and a killing are two acts
    abducted = act("JNIM", "FAMa", "abducted", cid="abducted")
    assert relate(abducted, killed).kind is not Relation.CONTRADICTS
    # one party named twice
    assert relate(act("HRW", "JNIM", "shelled", cid="same"), killed).kind is not (
        Relation.CONTRADICTS
    )


def test_a_denied_act_is_no_rival_act():
    """"FAMa did not shell the market" names no rival to "JNIM killed 12": both can hold."""
    killed = act("Mali government", "JNIM", cid="killed", value=12)
    denied = act("HRW", "FAMa", "shelled", cid="denied", polarity="denied")
    assert relate(denied, killed).kind is not Relation.CONTRADICTS


# --------------------------------------------------------------------------- the accused


def test_a_partys_denial_of_an_act_disputes_naming_its_side():
    """"JNIM denies attacking civilians" against "JNIM killed 30 civilians" (a toll too)."""
    toll = act("HRW", "JNIM", cid="toll", value=30, stated="2025-03-03")
    rel = relate(denial(), toll)
    assert rel.kind is Relation.CONTRADICTS
    assert any("JNIM" in r.detail for r in rel.reasons_of(ReasonKind.POLARITY))
    assert relate(toll, denial()) == rel.converse()
    # another party named: the denial does not dispute it
    fama = act("HRW", "FAMa", cid="fama", value=30, stated="2025-03-03")
    assert relate(denial(), fama).kind is not Relation.CONTRADICTS
    # no party named: nothing says whom the denial answers
    unnamed = act("HRW", None, cid="none", value=30, stated="2025-03-03")
    assert relate(denial(), unnamed).kind is not Relation.CONTRADICTS


def test_only_a_party_denies_its_own_side_and_only_what_the_act_entails():
    toll = act("HRW", "JNIM", cid="toll", value=30, stated="2025-03-03")
    # a rights group's denial names no side
    assert relate(denial(source="Amnesty International"), toll).kind is not (
        Relation.CONTRADICTS
    )
    # "killed" does not entail "abducted": another act denied
    assert relate(denial(predicate="abducted"), toll).kind is not Relation.CONTRADICTS
    # a narrower place denied leaves the wider standing
    wide = act("HRW", "JNIM", cid="wide", value=30, place="Kayes region", stated="2025-03-03")
    assert relate(denial(place="Kayes"), wide).kind is not Relation.CONTRADICTS
    # another kind of subject ("we did not target the military camp")
    camp = denial(subject="the military camp")
    assert relate(camp, toll).kind is not Relation.CONTRADICTS


def test_a_denial_naming_no_place_answers_the_accusation_of_its_days():
    """An undated, unplaced denial, stated the day after the toll, answers it; weeks later not."""
    toll = act("HRW", "JNIM", cid="toll", value=30, stated="2025-03-03")
    near = denial()
    assert relate(near, toll).kind is Relation.CONTRADICTS
    later = denial(stated="2025-03-25", cid="later")
    assert relate(later, toll).kind is not Relation.CONTRADICTS
    # victims of another kind: not the accusation it answers
    soldiers = denial(subject="soldiers", cid="s")
    assert relate(soldiers, toll).kind is not Relation.CONTRADICTS
    # "JNIM denies responsibility for the massacre": the act itself answers a toll of people
    massacre = denial(predicate="responsible for", subject="the massacre", cid="m")
    assert relate(massacre, toll).kind is Relation.CONTRADICTS
    # ... not a bridge struck, nor six killed at a school when it speaks of the hospital
    bridge = act("HRW", "JNIM", "shelled", cid="bridge", subject="the bridge",
                 stated="2025-03-03")  # fmt: skip
    assert relate(massacre, bridge).kind is not Relation.CONTRADICTS
    hospital = denial(predicate="responsible for", subject="the hospital blast", cid="h")
    school = act("UN", "JNIM", cid="school", value=6, place="the school", stated="2025-03-03")
    assert relate(hospital, school).kind is not Relation.CONTRADICTS


def test_the_graph_finds_the_new_disputes_as_relate_does():
    claims = [
        act("JNIM", "FAMa", "shelled", cid="shelled"),
        act("Mali government", "JNIM", cid="killed", value=12, stated="2025-03-03"),
        denial(),
        act("HRW", "JNIM", cid="toll", value=30, stated="2025-03-03"),
    ]
    graph = cr.claim_graph(claims)
    by_id = {c.id: c for c in claims}
    for a, b in [("killed", "shelled"), ("denial", "toll"), ("denial", "killed")]:
        rel = graph.relationship(a, b)
        assert rel is not None
        assert rel.kind is Relation.CONTRADICTS
        assert relate(by_id[rel.a], by_id[rel.b], context=claims) == rel


@settings(max_examples=30, deadline=None)
@given(
    order=st.permutations(range(4)),
    actors=st.lists(st.sampled_from(["JNIM", "FAMa", "ISSP", None]), min_size=4, max_size=4),
    predicates=st.lists(
        st.sampled_from(["killed", "shelled", "exploded", "attacked"]), min_size=4, max_size=4
    ),
    denied=st.lists(st.booleans(), min_size=4, max_size=4),
)
def test_act_disputes_are_symmetric_and_order_independent(order, actors, predicates, denied):
    sources = ["Mali government", "JNIM", "HRW", "FAMa"]
    polarity = ["denied" if d else "asserted" for d in denied]
    claims = [
        act(sources[k], actors[k], predicates[k], cid=f"c{k}", polarity=polarity[k])
        for k in range(4)
    ]
    one = assert_symmetric_and_order_free(claims, order)
    by_id = {c.id: c for c in claims}
    for rel in one.relationships:
        if rel.kind is Relation.CONTRADICTS:
            assert relate(by_id[rel.a], by_id[rel.b], context=claims) == rel


def test_the_graph_pairs_a_denial_with_the_accusation_of_its_days():
    """Neither placed nor dated alike: the graph buckets them by the party and the days."""
    toll = act("HRW", "JNIM", cid="toll", value=30, when=None, place="Ménaka",
               stated="2025-03-02")  # fmt: skip
    # "JNIM denies any involvement in the massacre" (a denial of who did it, no act named)
    involvement = denial(predicate="involvement", subject="the massacre")
    claims = [involvement, toll, act("Wire", "FAMa", "shelled", cid="other", place="Gao")]
    graph = cr.claim_graph(claims)
    rel = graph.relationship("denial", "toll")
    assert rel is not None
    assert rel.kind is Relation.CONTRADICTS
    assert relate(claims[0], toll, context=claims) == rel


def test_two_accounts_naming_rival_perpetrators_never_support_each_other():
    """Read from their words ("a Malian strike", "a Russian strike"), nothing placing them
    in one event: not a dispute, and not an agreement either (no corroboration)."""
    malian = Claim(source="HRW", subject="the market", predicate="hit by a Malian strike", id="a")
    russian = Claim(source="Amnesty International", subject="the market",
                    predicate="hit by a Russian strike", id="b")  # fmt: skip
    rel = relate(malian, russian)
    assert rel.kind is Relation.COMPATIBLE
    assert any("different parties" in r.detail for r in rel.reasons_of(ReasonKind.PERPETRATOR))
    same = Claim(source="ICRC", subject="the market", predicate="hit by a Malian air strike",
                 id="c")  # fmt: skip
    assert relate(malian, same).kind is Relation.AGREES
    assert not cr.claim_graph([malian, russian]).corroborations()


def test_a_perpetrator_named_inside_other_words_is_that_actor():
    """"the M23 armed group": the known name inside the words names who did it.

    Resolution's ``actor`` reads it only as a look-alike of *M23* (rule ``fuzzy``, never a
    perpetrator); its ``actors`` reads the name inside the words (rule ``contained``), and the
    who-did-it rules read that.
    """
    where = {"place": "Goma", "when": "2025-03-03", "stated": "2025-03-03"}
    for words in ("the M23 armed group", "M23 fighters"):
        toll = act("HRW", words, cid="toll", value=30, **where)
        record = cr.resolve([toll])["toll"]
        assert [(a.id, a.rule) for a in record.actors] == [("M23", "contained")]
        assert relate(denial(source="M23"), toll).kind is Relation.CONTRADICTS
    # a name that only looks like a known one names no one
    toll = act("HRW", "the M32 armed group", cid="toll", value=30, **where)
    assert relate(denial(source="M23"), toll).kind is not Relation.CONTRADICTS
