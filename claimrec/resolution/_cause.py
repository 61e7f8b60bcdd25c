"""Who did it: perpetrators named by an adjective, and claims about an event's cause.

Two rules of :func:`~claimrec.resolve`, both read from the vocabulary data:

- ``demonym`` (field ``actor``): a claim that names its perpetrator only by a country's
  adjective or noun of nationality (*frappe israélienne*, *Russian missile*, *par les
  Israéliens*, *troupes d'occupation russes*) names that country's state actor, from
  ``claimrec/data/demonyms.csv``;
- ``cause`` (field ``predicate``): an act stated without a value (an attack, a strike,
  a massacre without a toll) whose point is who did it (a denial that the named
  perpetrator did it, or words that name the perpetrator: *Israeli massacre*) is a claim
  about who caused the event: *blamed* (or *responsibility* when the speaker's side did
  it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from claimrec._text import normalize
from claimrec.model import SourceKind
from claimrec.resolution._actors import list_parts, read_part
from claimrec.resolution._demonyms import country_actors, named_country, names_nonstate
from claimrec.resolution._records import Resolved
from claimrec.resolution._resolver import _actor_hit, _hit, _Resolver
from claimrec.vocab import Actor, Place, Predicate

if TYPE_CHECKING:
    from claimrec.resolution._columns import _Columns

#: Families of acts whose perpetrator a claim may name without a figure.
_ACT_FAMILIES = frozenset({"attack", "casualties"})
#: Families whose text may name the perpetrator ("frappe israélienne", "caused by Russian...").
_NAMING_FAMILIES = frozenset({"attack", "casualties", "responsibility"})
#: Subject classes that are the act or its weapon ("Russian missile", "the Israeli strike").
_ACT_SUBJECTS = frozenset({"incident", "weapons"})
_BLAME, _CLAIM = "blamed", "responsibility"
#: The family of weapons brought down (``shot_down``): its subject is the attacker's weapon.
_BROUGHT_DOWN = "air_defence"


def _country_actor(resolver: _Resolver, text: str, score: float) -> Resolved | None:
    actor_id = named_country(text, resolver.vocab.demonyms)
    if actor_id is None or actor_id not in resolver.vocab.actors:
        return None
    actor = resolver.vocab.actors.get(actor_id)
    if actor.kind is SourceKind.STATE and names_nonstate(text):
        return None  # "Pakistani militants", "rebeldes colombianos": not that state
    return _actor_hit(actor, text, score, "demonym")


#: "a rocket fired from within Gaza": the territory a weapon was launched from inside.
_FROM_WITHIN = re.compile(
    r"\b(?:from within|from inside|de l interieur de|de l interieur du|depuis l interieur de|"
    r"depuis l interieur du|de dentro de|de dentro do|de dentro da|desde dentro de|"
    r"vanuit)\s+(?:the |la |le |les |l |o |a |el )?(?P<place>.+?)"
    # where it was fired to is not where it came from ("from within Gaza towards Israel")
    r"(?:\s+(?:towards?|into|against|vers|contre|en direction d\w*|em direcao a\w*|"
    r"hacia|contra|naar)\b.*)?$"
)


def _launch_territory(resolver: _Resolver, text: str, score: float) -> Resolved | None:
    """Return the actor of the territory a blame says the weapon came from inside, if one.

    *A misfiring rocket fired from within Gaza*: a place the gazetteer knows, whose country
    has an actor in ``demonyms.csv``. Only *from within* (*de l'intérieur de*): a weapon
    fired *from* a place may come from an occupied part of it.
    """
    found = _FROM_WITHIN.search(normalize(re.sub(r"['\u2019]", " ", text)))
    if found is None:
        return None
    name = found.group("place").strip()
    place, ambiguous = resolver.place(name)
    if place is None or ambiguous or place.country is None:
        return None
    actor_id = country_actors(resolver.vocab.demonyms).get(place.country)
    if actor_id is None or actor_id not in resolver.vocab.actors:
        return None
    return _actor_hit(resolver.vocab.actors.get(actor_id), text, score, "launched")


#: Words joining several perpetrators in one text ("the army and foreign fighters").
_SEVERAL = re.compile(r"\b(?:and|et|e|y|en|und|with|avec|com|con)\b|,|&|/")


def _same_party(x: Resolved, y: Resolved) -> bool:
    a, b = x.record, y.record
    if not (isinstance(a, Actor) and isinstance(b, Actor)):
        return False
    return a.id == b.id or (a.party is not None and a.party == b.party)


def _family(hit: Resolved | None) -> str | None:
    return hit.record.family if hit is not None and isinstance(hit.record, Predicate) else None


def _per_claim(
    found: list[Resolved | None],
    codes: npt.NDArray[np.int32],
    override: Mapping[int, Resolved],
    read: Callable[[Resolved | None], str | None],
) -> npt.NDArray[np.object_]:
    """``read`` of each claim's resolved field: once per distinct string, then per override."""
    per_code = np.array([*(read(h) for h in found), None], dtype=object)
    out = per_code[codes]
    for i, hit in override.items():
        out[i] = read(hit)
    return out


def _families(cols: _Columns) -> npt.NDArray[np.object_]:
    return _per_claim(cols.pred_found, cols.pred_codes, cols.pred_override, _family)


def _subject_ids(cols: _Columns) -> npt.NDArray[np.object_]:
    return _per_claim(
        cols.subj_found, cols.subj_codes, cols.subj_override, lambda h: None if h is None else h.id
    )


def text_actors(cols: _Columns) -> dict[int, Resolved]:
    """Per claim: the perpetrator named by an adjective, where ``actor`` does not name one.

    The claim's own ``actor`` text is read first, when no actor name matches it exactly:
    by a country's adjective (*troupes d'occupation russes*). One that only looks like an
    actor's name (rule ``fuzzy``) is read again, by a known name inside it (rule
    ``contained``: *un groupe affilié au GSIM (JNIM)*), else a country's adjective, and
    takes that reading when it names the same party: a perpetrator read by resemblance
    never makes a dispute, one read so and confirmed does; a text naming several (*the
    army and foreign fighters*) is left as it is. A claim
    with no actor is read in its predicate when that names an act or a blame (*frappe
    israélienne*), in its subject when that is the act or its weapon (*Russian missile*;
    never a weapon shot down, the attacker's), and in a blame's value (who is blamed:
    *les forces armées ukrainiennes*).
    """
    resolver = cols.resolver
    out: dict[int, Resolved] = {}
    by_text: dict[tuple[str, float], Resolved | None] = {}

    def read(text: str, score: float) -> Resolved | None:
        key = (text, score)
        if key not in by_text:
            by_text[key] = _country_actor(resolver, text, score)
        return by_text[key]

    # an actor read by resemblance only is read again: a known name inside it, or a
    # country's adjective, says more than a look-alike ("Forças Armadas da Ucrânia" is no
    # "Forças Armadas de Moçambique")
    by_name: dict[str, Resolved | None] = {}

    def inside(text: str) -> Resolved | None:
        """Return the actor of the longest known name inside ``text`` (*affilié au GSIM*)."""
        if text not in by_name:
            actor = resolver._contained(text, None)  # noqa: SLF001 - the speakers' rule
            by_name[text] = None if actor is None else _actor_hit(actor, text, 0.85, "contained")
        return by_name[text]

    unread = np.array(
        [
            (h is None and not cols.is_scoped(k)) or (h is not None and h.rule == "fuzzy")
            for k, h in enumerate(cols.actor_found)
        ]
        + [False]
    )
    families, subjects = _families(cols), _subject_ids(cols)
    naming = np.isin(families, list(_NAMING_FAMILIES))
    # a weapon shot down is the attacker's: its adjective ("a Russian missile" "shot down")
    # names the attacker, never the one who brought it down
    act_subject = np.isin(subjects, list(_ACT_SUBJECTS)) & (families != _BROUGHT_DOWN)
    codes = cols.actor_codes
    todo = np.flatnonzero(unread[codes] | ((codes < 0) & (naming | act_subject)))

    def country_of(i: int) -> str | None:
        hit = cols.place(i)
        record = None if hit is None else hit.record
        if isinstance(record, Place):
            return record.country
        return cols.place_country.get(i)

    for i in todo.tolist():
        where = (bool(naming[i]), bool(act_subject[i]))
        hit = _text_actor(cols, i, read, inside, families[i], where)
        if hit is None:
            continue
        actor, country = hit.record, country_of(i)
        code = int(codes[i])
        if (
            code >= 0
            and cols.actor_found[code] is not None
            and isinstance(actor, Actor)
            and actor.countries
            and country is not None
            and country not in actor.countries
        ):
            # a look-alike is confirmed only where its actor operates: "Russian fighters"
            # in Mali are not the Russian state's forces the vocabulary knows (in RU and
            # UA), but foreign fighters of a party it cannot tell
            continue
        out[i] = hit
    return out


#: A blame's value that is the victims' own conduct towards a party ("caused by collaborating
#: with the Nigerian army", "pour avoir collaboré avec l'armée"): the party named is the one
#: they sided with, the reason given, never who did it.
_CONDUCT = re.compile(
    r"^(?:for\s+|pour\s+|por\s+)?(?:having\s+|avoir\s+|haber\s+)?"
    r"(?:\w+ing|\w+ed|\w+e|\w+ando|\w+iendo|\w+ado|\w+ido)\s+(?:with|for|avec|pour|con|para)\b"
)


def _text_actor(  # noqa: PLR0917 - private, called once per claim
    cols: _Columns,
    i: int,
    read: Callable[[str, float], Resolved | None],
    inside: Callable[[str], Resolved | None],
    family: str | None,
    where: tuple[bool, bool],
) -> Resolved | None:
    """Return claim ``i``'s perpetrator read from its words (:func:`text_actors`), if any.

    ``where``: whether its predicate names an act or a blame, whether its subject is the
    act or its weapon.
    """
    claim = cols.claims[i]
    code = int(cols.actor_codes[i])
    if code >= 0:
        text = claim.actor or ""
        found = cols.actor_found[code]
        if found is None:
            hit = read(text, 0.8)
            parts = list_parts(text, cols.resolver)
            if hit is None or not parts:
                return hit
            # several perpetrators: the one a part names ("l'armée malienne et ses
            # supplétifs"), never one another part's words only suggest ("Mali's army and
            # foreign soldiers suspected to be Russian")
            place = cols.place(i)
            record = None if place is None else place.record
            land = record.country if isinstance(record, Place) else None
            land = land or cols.place_country.get(i)
            read_parts = (read_part(p, cols.resolver, None, land) for p in parts)
            return hit if any(_same_party(hit, p) for p in read_parts) else None
        if _SEVERAL.search(normalize(text)) is not None:
            return None  # "the army and foreign fighters": several perpetrators
        # a look-alike confirmed by a name inside the text or a country's adjective, of
        # the same party; one they contradict stays a look-alike
        hit = inside(text) or read(text, 0.8)
        return hit if hit is not None and _same_party(hit, found) else None
    naming, act_subject = where
    texts: list[str] = []
    if naming:
        texts.append(claim.predicate)
    if act_subject:
        texts.append(claim.subject)
    value = claim.value
    if (
        family in ("responsibility", _ARSENAL)
        and isinstance(value, str)
        and _CONDUCT.match(normalize(value)) is None  # the victims' conduct: the reason
    ):
        texts.append(value)
    for text in texts:
        hit = read(text, 0.7)
        if hit is not None:
            return hit
    if family == "responsibility" and isinstance(claim.value, str):
        return _launch_territory(cols.resolver, claim.value, 0.6)
    return None


def causes(cols: _Columns, actors: Mapping[int, Resolved]) -> dict[int, Resolved]:
    """Per claim: *blamed* or *responsibility* when the claim is about who caused the event.

    An act that takes no figure (an attack, an air strike, a killing stated without a toll)
    whose perpetrator the claim names (``actor``, or ``actors`` read by :func:`text_actors`),
    that states no value, and whose point is who did it (it denies that the perpetrator
    did it, or its predicate or subject names the perpetrator by an adjective: *frappe
    israélienne*), is a claim about the event's cause. "JNIM attacked the base" stays an
    attack: its attacker is a detail of the attack.
    The speaker's own side doing it is a claim of *responsibility*; anyone else's,
    *blamed*. A claim with a value is about that value and keeps its act (*12 killed by
    JNIM* is a toll, *a missile attack: Tochka-U* names the weapon).
    """
    vocab = cols.resolver.vocab.predicates
    if _BLAME not in vocab:
        return {}
    out: dict[int, Resolved] = {}
    acts = np.flatnonzero(np.isin(_families(cols), list(_ACT_FAMILIES)))
    for i in acts.tolist():
        claim = cols.claims[i]
        if claim.value is not None:  # a figure, a weapon, a place: what the claim is about
            continue
        perpetrator = _perpetrator(cols, i, actors)
        if perpetrator is None:
            continue
        # "JNIM attacked the base" reports an attack (its attacker a detail); the claim is
        # about the cause when its point is who did it: it denies that the perpetrator
        # did it, or its own words name the perpetrator ("frappe israélienne")
        table = cols.resolver.vocab.demonyms
        named = named_country(claim.predicate, table) or named_country(claim.subject, table)
        if not claim.denied and named != perpetrator.id:
            continue
        target = _BLAME
        speaker = cols.speaker_at(i)
        if (
            _CLAIM in vocab
            and speaker is not None
            and isinstance(speaker.record, Actor)
            and speaker.record.party == perpetrator.party
        ):
            target = _CLAIM
        concept = vocab.get(target)
        out[i] = _hit(concept.id, concept.id, claim.predicate, 0.7, "cause", concept)
    return out


def _perpetrator(cols: _Columns, i: int, actors: Mapping[int, Resolved]) -> Actor | None:
    code = int(cols.actor_codes[i])
    hit = cols.actor_found[code] if code >= 0 else None
    hit = hit or actors.get(i)
    return hit.record if hit is not None and isinstance(hit.record, Actor) else None


_WEAPON = "weapon"


def weapons(cols: _Columns) -> dict[int, Resolved]:
    """Per claim: *weapon* when an attack's value names what it was done with.

    An attack stated with a text value (*hit with*: *Iskander*; *cluster shelling*:
    *Tochka-U*) is a claim about the weapon, compared by its value. (A weapon said to be
    of a type, *the missile was*: *Iskander*, is not read so yet: the graph would take two
    speakers' different models for one relayed statement.)
    """
    vocab = cols.resolver.vocab.predicates
    if _WEAPON not in vocab:
        return {}
    concept = vocab.get(_WEAPON)
    out: dict[int, Resolved] = {}
    for i in np.flatnonzero(_families(cols) == "attack").tolist():
        claim = cols.claims[i]
        if isinstance(claim.value, str):
            out[i] = _hit(concept.id, concept.id, claim.predicate, 0.8, "weapon", concept)
    return out


_ARSENAL = "arsenal"
#: A verb of use ("used by", "utilisé par") ...
_USE = re.compile(r"\b(?:use[ds]?|using|utilis\w*|utiliz\w*|usad[oa]s?|usa[mn]?|in service)\b")
#: ... said of one force only ("the only party", "seules", "apenas"): who holds a weapon.
_ONLY = re.compile(
    r"\b(?:only|solely|exclusively|seule?s?|seulement|uniquement|exclusivement|apenas|"
    r"somente|so|solo|solamente|unicamente|alleen)\b"
)


def arsenals(cols: _Columns) -> dict[int, Resolved]:
    """Per claim: *arsenal* when a blame says which one force uses a kind of weapon.

    "Tochka-U missiles are used only by the Ukrainian forces" (*used by*, with *only* in
    the verb or the qualifiers: *the only party*, *seules*) says who holds the weapon,
    not who did one act: it is not read as *blamed* ("chemical weapons used by X", with
    no *only*, still is).
    """
    vocab = cols.resolver.vocab.predicates
    if _ARSENAL not in vocab:
        return {}
    concept = vocab.get(_ARSENAL)
    out: dict[int, Resolved] = {}
    ids = _per_claim(
        cols.pred_found, cols.pred_codes, cols.pred_override, lambda h: None if h is None else h.id
    )
    for i in np.flatnonzero(ids == _BLAME).tolist():
        claim = cols.claims[i]
        verb = normalize(claim.predicate)
        if _USE.search(verb) is None:
            continue
        words = " ".join([verb, *(normalize(q) for q in claim.qualifiers)])
        if _ONLY.search(words) is not None:
            out[i] = _hit(concept.id, concept.id, claim.predicate, 0.8, "arsenal", concept)
    return out

