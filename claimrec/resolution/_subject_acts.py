"""Predicates and subjects read from a claim's subject, column by column (private).

A figure counts its subject, so the subject says what was counted when the verb does not
(rule ``subject`` of the predicate: *nombre* of *morts* is a toll of the killed); a verb
that only says someone did, denied or admitted the act its subject names takes that act;
a predicate that is only where people were is a count of presence (rule ``presence``); a
toll qualified by who all its people were names that class (subject rule ``qualifier``).
Read once per distinct (predicate, subject) key, for :class:`._columns._Columns`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from claimrec._text import normalize
from claimrec.quantity import Quantity, QuantityKind
from claimrec.resolution._denial import (
    denies_in_words,
    holds_accusation,
    names_accusation,
    says_unconfirmed,
)
from claimrec.resolution._figure import verb_qualifier, without_time
from claimrec.resolution._records import HARM_FAMILIES, Resolved
from claimrec.resolution._rejection import rejects
from claimrec.resolution._resolver import _hit, _Resolver
from claimrec.resolution._words import (
    _AGENCY,
    _BOUND,
    _admits,
    _delivers,
    _names_subjects_act,
    _only_does,
    _opens_with_doing,
    _reports_figure,
    _says_denied,
)
from claimrec.vocab import Predicate, ValueType, Vocabulary

if TYPE_CHECKING:
    from claimrec.resolution._columns import _Columns


def _from_subject(
    cols: _Columns, resolver: _Resolver
) -> tuple[dict[int, Resolved], dict[int, Resolved]]:
    """Per claim: the predicate its subject names, when its own verb does not say what it counts.

    A figure counts its subject. "nombre" (predicate) of "morts" (subject) is a death toll:
    the predicate is *killed* (rule ``subject``) and the subject *people* (rule
    ``victims``). The same holds when the verb

    - only reports, counts or sees a figure (*nombre*, *toll*, *font état de*, *received
      from the farms*: ``_reports_figure``), with or without a figure;
    - is unknown (*comptait*, *inhumés*, *could be up to*) and the claim gives a figure:
      43 *corps sans vie*, 60 *death toll*;
    - names an act that takes no figure (an attack, a blame) and the claim gives a
      figure of the dead or wounded: *frappe sur la gare*, 63 *morts*;
    - only says that someone did, or denies, the act its subject names (``_AGENCY``:
      *carried out*, *commises*, *realizou*, *démenti*): *exécutions commises* are
      killings, with or without a figure. A denial is read so only when it names who
      did it (it then denies the cause): "no executions were committed" says nothing
      of the figures of the dead.

    The subject must itself name what is counted (*morts*, *bodies*, *victims*,
    *déplacés*): *people*, *civilians* or *soldiers* say whom, not what befell them, so
    "1,000 people were at the station" is no toll. Each distinct (verb, subject,
    figure or not) is read once.
    """
    preds: dict[int, Resolved] = {}
    subjects: dict[int, Resolved] = {}
    vocab = resolver.vocab
    pairs: dict[tuple[int, ...], tuple[Resolved | None, Resolved | None]] = {}
    # only a subject that names a predicate ("morts", "air raid") can say anything
    naming = np.array(
        [vocab.predicates.resolve(noun) is not None for noun in cols.subj_raw] + [False]
    )
    for i in np.flatnonzero(naming[cols.subj_codes]).tolist():
        pc, sc = int(cols.pred_codes[i]), int(cols.subj_codes[i])
        claim = cols.claims[i]
        value = claim.value
        figure = isinstance(value, Quantity)
        # a figure read with its verb's qualifier ("could be up to" 60) is not the one given
        exact = figure and value.kind is QuantityKind.EXACT
        # a denial of an act is read from its subject only when it names who did it: it
        # is then a denial of the cause ("realizou" of "ataque", denied, by Russia)
        doer = not claim.denied or claim.actor is not None
        key = (pc, sc, figure, exact, claim.denied, doer)
        if key not in pairs:
            pairs[key] = _counted(cols, vocab, pc, sc, figure=figure, exact=exact,
                                  denied=claim.denied, doer=doer)  # fmt: skip
        new_pred, new_subj = pairs[key]
        if new_pred is not None:
            preds[i] = new_pred
        if new_subj is not None:
            subjects[i] = new_subj
    return preds, subjects


def _acts_of_subjects(cols: _Columns, resolver: _Resolver) -> dict[int, Resolved]:
    """Per claim whose verb names no act of its own, the act its subject names.

    - The verb says the act was staged ("the chemical attack: fabrications", "allegations
      of an air strike: staged"; ``denials.json``, ``in_words``): the claim is about that
      act, and relations read it as a denial of it (:func:`denies_in_words`).
    - The verb only says that the act was done, happened, went on or was done with its
      means (``_AGENCY``, ``_OCCURRED``: "the attack took place", "fighting resumed",
      "chemical weapons were used", "Angriff mit einem Raketenwerfer ausgeführt"). As
      with ``_AGENCY`` in :func:`_from_subject`, a denial is read so only when it names
      who did it.
    - A denial that names no one of a verb that only says, in an active form, that
      someone did the act (*committing the atrocities*, *avoir perpétré le massacre*) is
      the speaker's denial that its side did it, as *denied involvement* is: *blamed*,
      denied (rule ``subject``), never a denial of the act or of its toll. A denial whose
      subject is itself a blame and whose verb denies (*implication*: *a nié toute*) is that
      blame, denied (not *IS claims: not independently verified*); so is one whose verb
      denies and whose subject opens with such an active verb (*categorically denies*
      "carrying out an attack": :func:`_opens_with_doing`), and one whose verb phrase
      names the accusations it denies (*denies categorically the allegations*: "targeting
      the town").
    - So is a denial naming no one whose verb denies and whose subject names a killing or
      an injury (*نفته*, denied it: *مجزرة*, a massacre; *denied* "the massacre"): its
      speaker denies its part in it. An attack so denied (*the raid*: *categorically
      denied*) may be denied to have happened, and stays unread.
    - A verb that delivers the means of an attack (``verb_words.json``, ``delivering``:
      *dropped* "two bombs", *нанесла* "удар по рынку"), asserted or naming who did it,
      is the attack its subject names (never another family: "the death toll": *dropped*).

    The subject is read as a predicate is, whole or by its longest listed phrase
    (*allegations of a chemical attack*), so words around the act do not hide it (rule
    ``subject``); a subject that names no act leaves the claim unread.
    """
    out: dict[int, Resolved] = {}
    read: dict[tuple[int, int, bool, bool], Resolved | None] = {}
    for i in range(cols.n):
        pc, sc = int(cols.pred_codes[i]), int(cols.subj_codes[i])
        if cols.pred_found[pc] is not None or i in cols.pred_override:
            continue
        claim = cols.claims[i]
        doer = not claim.denied or claim.actor is not None
        key = (pc, sc, doer, claim.denied)
        if key not in read:
            verb, noun = cols.pred_raw[pc], cols.subj_raw[sc]
            light = doer and _names_subjects_act(verb)
            act = resolver.predicate(noun) if light or denies_in_words(verb) else None
            if act is None and not claim.denied and _admits(verb):
                # "an air strike": "confirmed they had carried out", "ha ammesso": the
                # speaker's account of an act (never of a harm: "admitted" to hospital)
                named = resolver.predicate(noun)
                act = None if named is None or _family_of(named) in HARM_FAMILIES else named
            if act is None and doer and _delivers(verb):
                # "two 500 kilogram bombs": "dropped", "удар по рынку": "нанесла": the
                # attack its subject names (never "the death toll": "dropped")
                named = resolver.predicate(noun)
                act = named if named is not None and _family_of(named) == _ATTACK else None
            if act is None and rejects(verb, noun, resolver):
                # "rejected the Ukrainian leader's accusations", "a réfuté les conclusions
                # d'un rapport de l'Onu", "dément les allégations", asserted or denied:
                # a rejection, the speaker's denial of the blame (resolution._rejection)
                act = _blame(resolver)
            if act is None and not doer:
                named = resolver.predicate(noun)
                blame = named is not None and _family_of(named) == _RESPONSIBILITY
                if blame and _says_denied(verb):
                    act = named  # "involvement": "denied", a denied blame
                elif not says_unconfirmed(verb) and names_accusation(verb):
                    # "massacre by the army": "allegations", denied: the speaker denies
                    # the blame (not "allégations": "confirmer ou démentir", unconfirmed)
                    act = _blame(resolver)
                elif _only_does(verb):
                    act = _involvement(resolver, noun)
                elif _says_denied(verb) and holds_accusation(verb):
                    # "استهداف مجدل شمس" (targeting the town): "تنفي ... نفياً قاطعاً
                    # الادّعاءات" (denies categorically the allegations): the blame denied
                    act = _blame(resolver)
                elif _says_denied(verb) and (
                    _opens_with_doing(noun)
                    or (named is not None and _family_of(named) in _DENIED_ACTS)
                ):
                    # "carrying out an attack on the town": "categorically denies"; "مجزرة"
                    # (a massacre): "نفته" (denied it): the speaker denies its part in the
                    # killing, as "denied involvement" does (never "the raid": "denied")
                    act = _involvement(resolver, noun)
            read[key] = (
                None
                if act is None
                else _hit(act.id, act.name, f"{verb} {noun}", 0.8, "subject", act.record)
            )
        found = read[key]
        if found is not None:
            out[i] = found
    return out


def _blame(resolver: _Resolver) -> Resolved | None:
    """Return the vocabulary's *blamed*, or None when it has none."""
    predicates = resolver.vocab.predicates
    if _BLAMED not in predicates:
        return None
    blame = predicates.get(_BLAMED)
    return _hit(blame.id, blame.id, blame.id, 1.0, "subject", blame)


def _involvement(resolver: _Resolver, noun: str) -> Resolved | None:
    """Return *blamed* when ``noun`` names an act (someone's involvement in it), else None."""
    predicates = resolver.vocab.predicates
    if _BLAMED not in predicates:
        return None
    blame = predicates.get(_BLAMED)
    act = resolver.predicate(noun)
    if act is None:
        # "the atrocities", "het bloedbad": the event itself, named as a subject
        event = resolver.subject(noun)
        if event is None or event.id != _EVENT:
            return None
        return _hit(blame.id, blame.id, noun, event.score, "subject", blame)
    if getattr(act.record, "family", None) == blame.family:
        return None
    return _hit(blame.id, blame.id, noun, act.score, "subject", blame)


_BLAMED, _EVENT, _RESPONSIBILITY = "blamed", "incident", "responsibility"
_ATTACK = "attack"
#: The families of the acts a verb of denying may have as its object, naming no one, to
#: deny one's part in them ("denied the massacre", "نفته": "مجزرة"): killings and
#: injuries, whose words name someone's deed. An attack denied ("the raid": "denied") may
#: be denied to have happened, and stays unread.
_DENIED_ACTS = HARM_FAMILIES


def _family_of(hit: Resolved) -> str | None:
    return getattr(hit.record, "family", None)


# A predicate that is only where people were ("at the station", "dans le bâtiment").
_WHERE = re.compile(
    r"^(?:in and around|at|in|inside|outside|near|around|on|a|au|aux|dans|en|em|no|na|nos|"
    r"nas|im|am|in der|im gebaude|nel|nella|w|v|na)\s+\S"
)
_PRESENT = "people_present"


def _present(cols: _Columns, resolver: _Resolver) -> dict[int, Resolved]:
    """Per claim whose predicate only says where a figure of people was: *people_present*.

    "4,000 civilians at the station", "193 prisoners inside the barracks": a count of the
    people at a place (rule ``presence``), never a toll. The claim must give a figure, its
    subject must name people (a class under *people*) and not what befell them (*bodies*,
    *victims*), and its predicate must name no act.
    """
    vocab = resolver.vocab
    if _PRESENT not in vocab.predicates or "people" not in vocab.subjects:
        return {}
    concept = vocab.predicates.get(_PRESENT)
    out: dict[int, Resolved] = {}
    for i, claim in enumerate(cols.claims):
        pc, sc = int(cols.pred_codes[i]), int(cols.subj_codes[i])
        if cols.pred_found[pc] is not None or i in cols.pred_override:
            continue
        if not isinstance(claim.value, Quantity) or claim.denied:
            continue
        subject = cols.subj_override.get(i, cols.subj_found[sc])
        if subject is None or "people" not in vocab.subjects.lineage(subject.id):
            continue
        if vocab.predicates.resolve(cols.subj_raw[sc]) is not None:
            continue  # "bodies in the morgues": what befell them, a stage of a toll
        verb = cols.pred_raw[pc]
        key = normalize(verb)
        if key.startswith("a ") and not verb.lstrip().lower().startswith("à"):
            continue  # French "a" is "has" (*a chiffré*); only *à* says where
        if _WHERE.match(key):
            out[i] = _hit(concept.id, concept.id, verb, 0.7, "presence", concept)
    return out


_TOLL_FAMILIES = frozenset({"casualties", "injuries"})
_STAGED = frozenset({"bodies"})  # counts of one stage of a toll (see predicates.json)


def _counted(
    cols: _Columns,
    vocab: Vocabulary,
    pc: int,
    sc: int,
    *,
    figure: bool,
    exact: bool = False,
    denied: bool = False,
    doer: bool = True,
) -> tuple[Resolved | None, Resolved | None]:
    """Return the ``subject`` and ``victims`` readings of one (verb, subject) pair, if any."""
    pred, subj = cols.pred_found[pc], cols.subj_found[sc]
    verb, noun = cols.pred_raw[pc], cols.subj_raw[sc]
    named = vocab.predicates.resolve(noun)
    counts = named is not None and named.value_type is ValueType.QUANTITY
    new_pred: Resolved | None = None
    if named is not None and pred is None and doer and normalize(verb) in _AGENCY:
        # "commises" of "exécutions", "realizou" of "ataque com mísseis", "démenti" of
        # "tirs": a verb that only says someone did (or denies) the act its subject names
        new_pred = _hit(named.id, named.id, f"{verb} {noun}", 0.8, "subject", named)
    elif counts and named is not None:
        verb_record = pred.record if pred is not None else None
        generic = _reports_figure(verb)
        # an unknown verb is read as reporting its figure only when asserted ("not
        # confirmed" denies a report, not the deaths) and when it carries no qualifier
        # the figure lacks, unless that qualifier is read into the figure ("could be up
        # to" of an exact 60 is a toll of up to 60; "some" of 60 is left unread)
        plain = (
            figure
            and not denied
            and not (exact and _BOUND.search(without_time(verb)) and verb_qualifier(verb) is None)
        )
        # bodies "kept in the morgues", "found in the streets", "to bury": the unknown
        # verb says which stage of a toll they are, so only a reporting verb counts them
        unknown = pred is None and plain and named.id not in _STAGED
        # a known act that takes no figure ("strike") given a figure of the dead
        act = (
            plain
            and isinstance(verb_record, Predicate)
            and verb_record.value_type is not ValueType.QUANTITY
            and named.family in _TOLL_FAMILIES
        )
        if generic or unknown or act:
            new_pred = _hit(named.id, named.id, f"{verb} {noun}", 0.8, "subject", named)
    new_subj: Resolved | None = None
    if subj is None or (new_pred is not None and subj.id == "incident"):
        counted = new_pred or pred
        if (
            counted is not None
            and named is not None
            and named.family in _TOLL_FAMILIES
            and "people" in vocab.subjects
        ):
            people = vocab.subjects.get("people")
            new_subj = _hit("people", people.name, noun, 0.8, "victims", people)
    return new_pred, new_subj


# "all", "only": a qualifier made of these and a class of people says who all the dead were
_ALL_WORDS = frozenset(
    {
        "all", "only", "exclusively", "entirely", "solely", "tous", "toutes", "tout",
        "uniquement", "seulement", "exclusivement", "que", "des", "les", "were", "etaient",
        "todos", "todas", "apenas", "somente", "solo",
    }
)  # fmt: skip


# "all" standing after a subject's noun: "victims, all civilians", "victimes toutes des
# civils", "víctimas, todas civiles" say who all of them were (never "des", "les", "que":
# words of any noun phrase)
_ALL_AFTER = frozenset({"all", "tous", "toutes", "todos", "todas", "tutti", "tutte", "alle"})
_OF_THEM = frozenset({"of", "them", "d", "de", "di", "der", "ellos", "ellas", "eux", "elles"})


def _apposed_class(subject: str, resolver: _Resolver) -> str | None:
    """Return the kind of people a subject says all its people were, or None.

    "victimes toutes des civils peulh": after the noun, a word of "all" and a class of
    people read exactly (here *civilians*), its words of "all" and "of them" dropped.

    >>> from claimrec.resolution._resolver import _resolver
    >>> _apposed_class("victimes toutes des civils peulh", _resolver(None))
    'civilians'
    >>> _apposed_class("people, all of them civilians", _resolver(None))
    'civilians'
    >>> _apposed_class("all people", _resolver(None)) is None
    True
    """
    words = normalize(subject).split()
    at = next((k for k, w in enumerate(words) if k > 0 and w in _ALL_AFTER), None)
    if at is None:
        return None
    rest = " ".join(w for w in words[at + 1 :] if w not in _ALL_WORDS and w not in _OF_THEM)
    hit = resolver.subject(rest) if rest else None
    subjects = resolver.vocab.subjects
    if hit is None or hit.id == "people" or not subjects.is_a(hit.id, "people"):
        return None
    return hit.id


def _qualified_victims(cols: _Columns, resolver: _Resolver) -> dict[int, Resolved]:
    """Per toll of people whose qualifier says who all of them were, that narrower class.

    "203 dead", qualified "all jihadists" (*tous jihadistes*), counts militants: the
    qualifier, once its words of "all" or "only" are dropped, must name a kind of people
    exactly; "including 5 children" names a part, and is left alone (rule ``qualifier``).
    So does a subject that says it after its noun ("victimes toutes des civils peulh":
    :func:`_apposed_class`, rule ``apposed``).
    """
    subjects = resolver.vocab.subjects
    if "people" not in subjects:
        return {}
    out: dict[int, Resolved] = {}
    for i, claim in enumerate(cols.claims):
        if not isinstance(claim.value, Quantity):
            continue
        current = cols.subj_override.get(i, cols.subj_found[int(cols.subj_codes[i])])
        if current is None or current.id != "people":
            continue
        apposed = _apposed_class(claim.subject, resolver)
        if apposed is not None:
            record = subjects.get(apposed)
            out[i] = _hit(apposed, record.name, claim.subject, 0.8, "apposed", record)
            continue
        if not claim.qualifiers:
            continue
        found: set[str] = set()
        for qualifier in claim.qualifiers:
            words = normalize(qualifier).split()
            if not words or not _ALL_WORDS.intersection(words):
                continue
            rest = " ".join(w for w in words if w not in _ALL_WORDS)
            hit = resolver.subject(rest) if rest else None
            if hit is not None and hit.id != "people" and subjects.is_a(hit.id, "people"):
                found.add(hit.id)
        if len(found) == 1:
            cid = found.pop()
            record = subjects.get(cid)
            out[i] = _hit(cid, record.name, claim.subject, 0.8, "qualifier", record)
    return out
