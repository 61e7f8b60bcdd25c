"""A bound beside an approximation is the figure's bound; Arabic negations of a means."""

from __future__ import annotations

import warnings

import claimrec as cr
from claimrec.quantity import Quantity
from claimrec.resolution._denial import means_named, means_negated
from claimrec.resolution._figure import qualifier_figure


def test_an_approximation_beside_a_bound_states_the_bound() -> None:
    assert str(qualifier_figure(["about ... at least"], Quantity.parse("900"))) == "at least 900"
    assert str(qualifier_figure(["environ", "au moins"], Quantity.parse("900"))) == "at least 900"


def test_two_bounds_or_two_approximations_state_nothing() -> None:
    assert qualifier_figure(["at least ... more than"], Quantity.parse("900")) is None
    assert qualifier_figure(["about ... nearly"], Quantity.parse("900")) is None
    assert qualifier_figure(["at least", "nearly"], Quantity.parse("900")) is None


def _relate(a: cr.Claim, b: cr.Claim) -> cr.Relation:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", cr.ClaimrecWarning)
        return cr.relate(a, b).kind


def test_a_toll_of_at_least_about_900_does_not_dispute_over_2000() -> None:
    who = cr.Claim(source="Health agency", subject="people", predicate="killed", value="900",
                   place="Goma", when="2025-02-01", qualifiers=["about ... at least"])  # fmt: skip
    minister = cr.Claim(source="Minister", subject="people", predicate="killed",
                        value="over 2000", place="Goma", when="2025-02-01")  # fmt: skip
    bare = cr.Claim(source="Health agency", subject="people", predicate="killed", value="900",
                    place="Goma", when="2025-02-01")  # fmt: skip
    assert _relate(bare, minister) is cr.Relation.CONTRADICTS  # the bare number is exact
    assert _relate(who, minister) is not cr.Relation.CONTRADICTS


def test_arabic_negations_pass_over_the_particles_written_apart() -> None:
    assert means_named("دون أن يشير إلى أسلحة كيميائية") == frozenset()  # without mentioning
    assert means_negated("دون أن يشير إلى أسلحة كيميائية") == {"chemical"}
    assert means_named("لم تستخدم أسلحة كيميائية") == frozenset()  # did not use
    assert "chemical" in means_named("استخدام أسلحة كيميائية")  # the use of chemical weapons
    # a French article is passed over too, and a plain mention stays a mention
    assert "chemical" in means_named("la frappe chimique")
