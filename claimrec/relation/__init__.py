"""How two claims about the same item stand to each other: :func:`relate`.

Two claims that :func:`~claimrec.alignment.align` puts together are about one item
(the death toll of one attack, the outcome of one assault). :func:`relate` says how
they stand, with the distinctions an analyst draws (compare Full Fact's "same truth
conditions" and de Marneffe et al., 2008):

- :attr:`Relation.AGREES`: same truth conditions, within a stated tolerance;
- :attr:`Relation.REFINES` / :attr:`Relation.REFINED_BY`: one entails the other and
  is narrower ("at least 25" refines "over 20"; "Diboli" refines "western Mali");
- :attr:`Relation.COMPATIBLE`: both can hold, but they are not the same claim. Numbers
  are statements of magnitude as well as bounds: "at least 20" and "over 90" nest,
  yet their central values differ more than fourfold, so the pair is *disputed*;
- :attr:`Relation.CONTRADICTS`: both cannot hold (numeric, categorical, polarity,
  temporal, spatial, perpetrator, victim reasons);
- :attr:`Relation.REVISES` / :attr:`Relation.REVISED_BY`: the same speaker later
  changed its own figure;
- :attr:`Relation.UNRELATED`: different items.

Every :class:`Relationship` carries typed :class:`Reason` s, a strength in [0, 1]
(lowered by hedges such as "reportedly"), and, for numbers, how far apart the
central values are. ``relate(b, a)`` is always ``relate(a, b).converse()``.

Examples
--------
>>> from claimrec.model import Claim
>>> from claimrec.relation import relate
>>> army = Claim(source="FAMa", subject="militants", predicate="killed", value="over 20",
...              when="2025-07-01", place="Kayes", id="a")
>>> witness = Claim(source="Kayes resident", subject="militants", predicate="killed",
...                 value="at least 25", when="2025-07-01", place="Kayes", id="w")
>>> relate(army, witness).kind
<Relation.REFINED_BY: 'refined_by'>
>>> relate(witness, army).kind
<Relation.REFINES: 'refines'>

The package's modules, each a step of the judgement:

- ``_kinds``: :class:`Relation`, :class:`ReasonKind`, :class:`Reason`, :class:`Relationship`;
- ``_lookup``: vocabulary relations between resolved identities (exclusions, entailments);
- ``_fields``: how each field of two claims compares, and the evidence of one event, one
  time and one statement;
- ``_judge``: the findings combined into a relationship;
- ``_disputes``: who did it, across predicate families and items (attributions, acts,
  denials, the accused's denial of an act, two acts naming rival perpetrators;
  perpetrators read from the words; incident words as evidence of one event);
- ``_victims``: who the dead were (the perpetrator's fighters, another's civilians);
- ``_perpetrators``: who did it as one question: accounts naming one perpetrator agree,
  a denial is narrowed by naming another, a nation's armed groups by one of them;
- ``_aggregates``: totals over several events, which bound the events they cover;
- ``_past``: contradictions of no one incident (a past event against the news of another
  report, a total over a period against one incident's claim), read as ``unrelated``;
- ``_relate``: :func:`relate`, the pairs alignment keeps apart that are looked at again
  (victims, denials, perpetrators across predicate families, relays told by provenance).

"""

from claimrec.relation._kinds import Reason, ReasonKind, Relation, Relationship
from claimrec.relation._relate import relate

__all__ = ["Reason", "ReasonKind", "Relation", "Relationship", "relate"]

# Names other claimrec modules (graph) and the tests read from here, re-exported explicitly.
from claimrec.relation._aggregates import _AGGREGATE_DAYS as _AGGREGATE_DAYS
from claimrec.relation._aggregates import _EVENT_DAYS as _EVENT_DAYS
from claimrec.relation._aggregates import _FINE_KINDS as _FINE_KINDS
from claimrec.relation._aggregates import _aggregates as _aggregates
from claimrec.relation._aggregates import _bounded as _bounded
from claimrec.relation._aggregates import _place_of as _place_of
from claimrec.relation._aggregates import _span_days as _span_days
from claimrec.relation._denials import denied_perpetrator as denied_perpetrator
from claimrec.relation._disputes import ATTRIBUTION_FAMILY as ATTRIBUTION_FAMILY
from claimrec.relation._disputes import _answers as _answers
from claimrec.relation._disputes import _denied_side as _denied_side
from claimrec.relation._disputes import _denies_the_act as _denies_the_act
from claimrec.relation._disputes import _one_question as _one_question
from claimrec.relation._disputes import _perpetrator_dispute as _perpetrator_dispute
from claimrec.relation._disputes import _perpetrator_of as _perpetrator_of
from claimrec.relation._disputes import _perpetrator_reason as _perpetrator_reason
from claimrec.relation._disputes import _perpetrator_role as _perpetrator_role
from claimrec.relation._fields import _ONE_TIME_DAYS as _ONE_TIME_DAYS
from claimrec.relation._fields import HEDGE_FACTOR as HEDGE_FACTOR
from claimrec.relation._fields import UNKNOWN_PLACE_FACTOR as UNKNOWN_PLACE_FACTOR
from claimrec.relation._fields import _actor_name as _actor_name
from claimrec.relation._fields import _article as _article
from claimrec.relation._fields import _changed as _changed
from claimrec.relation._fields import _dated as _dated
from claimrec.relation._fields import _fighters as _fighters
from claimrec.relation._fields import _lossy as _lossy
from claimrec.relation._fields import _one_article as _one_article
from claimrec.relation._fields import _one_event as _one_event
from claimrec.relation._fields import _one_time as _one_time
from claimrec.relation._fields import _Pair as _Pair
from claimrec.relation._judge import _judge as _judge
from claimrec.relation._lookup import _Lookup as _Lookup
from claimrec.relation._lookup import _lookup as _lookup
from claimrec.relation._perpetrators import _accord as _accord
from claimrec.relation._relate import RELAY_STRENGTH as RELAY_STRENGTH
from claimrec.relation._relate import _check_options as _check_options
from claimrec.relation._relate import _relate_scored as _relate_scored
from claimrec.relation._relate import _relay as _relay
from claimrec.relation._relate import _relay_key as _relay_key
from claimrec.relation._relate import _relay_numbers as _relay_numbers
from claimrec.relation._victims import victim_dispute as victim_dispute
from claimrec.relation._victims import victim_pairs as victim_pairs
