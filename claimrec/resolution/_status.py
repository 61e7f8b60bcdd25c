"""Statements of who the dead were: "the targets were militia members" (:func:`dead_were`).

A party disputes a toll of civilians without a figure of its own: JNIM says "the
villagers targeted were members of Burkina Faso-affiliated militias", M23 that "les corps
qui jonchaient les rues sont ceux des soldats des FARDC", a spokesman that "los muertos
eran combatientes". Their predicate is only a copula ("were", "sont ceux des", "eran"),
which names no act, so such a claim read by its words alone never meets the tolls it
disputes.

Such a claim is read as a **statement of the status of the dead** (rule ``status``):
its predicate becomes the casualties family's ``victims_were`` (a statement, not a
count: never ``killed``) and its subject the class of people its value names (or the
rest of its predicate: "sont ceux des *soldats des FARDC*"), when

- the subject names the dead: a word of ``dead_were.json``'s ``dead`` (*dead*, *bodies*,
  *victims*, *targets*, *those killed*, *corps*, *muertos*, *eliminados*, *alvos*...). A
  copula alone reads nothing: "the attackers were Pakistani" is no statement of the dead;
- the predicate begins with a copula (*were*, *sont*, *eran*, *foram*...) and adds only
  words of membership or of "all" (*members of*, *ceux des*, *tous*, *miembros de*);
- the class is read exactly enough: one kind of people narrower than *people* (*women
  and children* are civilians; *civilians and soldiers* name no one class). Words after
  a contrast (*rather than innocent civilians*, *et non des civils*), a relative
  clause (*rebels who had attacked them*, *miliciens qui*) or of dress (*in uniform*,
  *en uniforme*, *berseragam*) are not the class;
- its value is no figure. A denied statement is read too and stays denied ("the victims
  were not associated with any armed group": a statement that they were no fighters).

A subject naming only some of the dead ("some of the dead", "beberapa yang tewas")
gives the subject rule ``status-some`` (:data:`SOME`): who some victims were.

The relation stage reads such a claim as any other toll's class: a party's "the dead
were militia" is its account that its dead were fighters (``relation/_victims.py``).

>>> import claimrec as cr
>>> claim = cr.Claim(source="JNIM", subject="the targets", predicate="were",
...                  value="militia members affiliated with the army", id="a")
>>> rec = cr.resolve([claim])["a"]
>>> rec.predicate.id, rec.predicate.rule, rec.subject.id, rec.subject.rule
('victims_were', 'status', 'militia', 'status')
>>> other = cr.Claim(source="JNIM", subject="the attackers", predicate="were",
...                  value="militia members", id="b")
>>> cr.resolve([other])["b"].predicate is None  # the subject names no dead
True
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterable, Sequence
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from claimrec._text import normalize
from claimrec.model import Claim, SourceKind
from claimrec.quantity import Quantity
from claimrec.resolution._records import Resolved
from claimrec.vocab import Vocabulary

if TYPE_CHECKING:
    from claimrec.resolution._resolver import _Resolver

#: The predicate a statement of who the dead were resolves to (``predicates.json``).
STATUS = "victims_were"
#: The subject rule of a statement of who *some* of the dead were ("some of the dead were
#: fighters"): it says nothing of the others.
SOME = "status-some"
_PEOPLE = "people"
_CIVILIANS = "civilians"
_DEATHS = "casualties"  # the predicate family of deaths
_SCORE = 0.8
#: The speakers whose words about their own strikes' targets are read (``targets_were``,
#: ``harm_denied``): a party that fights.
ARMED_SPEAKERS = frozenset({SourceKind.STATE, SourceKind.ARMED_GROUP})
_ATTACK = "attack"  # the predicate family of attacks (attacked, airstrike, shelled...)
_LIST = re.compile(r"[,;/]")  # a list's commas, kept as "and" before normalising
# a modifier before its noun: "army-affiliated", "Wagner-backed", "pro-government"
_MODIFIER = re.compile(r"\b(?:\w+-\w+ed|pro-\w+)\b", re.IGNORECASE)
_SPLIT = re.compile(r"\s*(?:\band\b|\bet\b|\by\b|\be\b|\bor\b|\bou\b|\bo\b)\s*")


class _Words:
    """The words of ``dead_were.json``, compiled once."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.dead = _phrases(data["dead"]["words"])
        self.copulas = _phrases(data["copulas"]["words"], start=True)
        self.links = frozenset(normalize(w) for w in data["links"]["words"] if " " not in w)
        self.link_phrases = _phrases([w for w in data["links"]["words"] if " " in w])
        self.contrasts = _phrases(data["contrasts"]["words"])
        self.clauses = _phrases(data["clauses"]["words"])
        self.allies = frozenset(normalize(w) for w in data["allies"]["words"])
        self.kin = _phrases(data["kin"]["words"])
        self.dress = _phrases(data["dress"]["words"])
        self.some = _phrases(data["some"]["words"], start=True)
        self.targeting = _phrases(data["targeting"]["words"])
        self.only = frozenset(k for w in data["only"]["words"] if (k := normalize(w)))
        self.harm = _phrases(data["harm"]["words"])
        self.including = _phrases(data["including"]["words"])


def _phrases(words: Iterable[str], *, start: bool = False) -> re.Pattern[str]:
    keys = sorted({k for w in words if (k := normalize(w))}, key=len, reverse=True)
    head = "^" if start else r"\b"
    return re.compile(head + r"(?:" + "|".join(re.escape(k) for k in keys) + r")\b")


@functools.cache
def _words() -> _Words:
    text = (files("claimrec") / "data" / "dead_were.json").read_text(encoding="utf-8")
    return _Words(json.loads(text))


@functools.lru_cache(maxsize=65536)
def copula(predicate: str) -> bool:
    """Whether ``predicate`` begins with a copula ("were", "sont ceux des", "eran")."""
    return _words().copulas.match(normalize(predicate)) is not None


def _class_text(predicate: str, value: object) -> str | None:
    """Return the words naming the class (the predicate's rest and the value), or None."""
    words = _words()
    pred = normalize(_LIST.sub(" and ", _MODIFIER.sub(" ", predicate)))
    head = words.copulas.match(pred)
    if head is None:
        return None
    rest = words.link_phrases.sub(" ", pred[head.end() :])
    text = " ".join(t for t in rest.split() if t not in words.links)
    if isinstance(value, str):
        text = f"{text} {normalize(_LIST.sub(' and ', _MODIFIER.sub(' ', value)))}".strip()
    for ends in (words.contrasts, words.clauses, words.dress):
        cut = ends.search(text)
        if cut is not None:
            text = text[: cut.start()]
    return text.strip() or None


def _bare(part: str, words: _Words) -> str:
    """Return ``part`` without its link words ("de leurs allies": "leurs allies")."""
    return " ".join(t for t in part.split() if t not in words.links)


def _phrases_of(hit: Resolved, vocab: Vocabulary) -> list[str]:
    """Return the words of ``hit``'s class (its id, name and synonyms), longest first."""
    record = vocab.subjects.get(hit.id)
    return sorted(
        {k for w in (record.id, record.name, *record.synonyms) if (k := normalize(w))},
        key=len,
        reverse=True,
    )


def _heads(part: str, hit: Resolved | None, vocab: Vocabulary) -> bool:
    """Whether ``part`` begins with a word of ``hit``'s class ("militia members of...")."""
    if hit is None or hit.id not in vocab.subjects:
        return False
    return any(part == k or part.startswith(k + " ") for k in _phrases_of(hit, vocab))


def _one_class(
    text: str, subject: Callable[[str], Resolved | None], vocab: Vocabulary
) -> str | None:
    """Return the one kind of people (narrower than people) ``text`` names, or None."""
    subjects = vocab.subjects
    words = _words()
    parts = [_bare(p, words) for p in _SPLIT.split(text)]
    parts = [p for p in parts if p and p not in words.allies]
    if any(words.kin.search(p) is not None for p in parts):
        return None  # "wives of soldiers": not the class it names
    # each part's class: "women and children" are civilians (their common class),
    # "civilians and soldiers" only people; a part naming no class names no one class
    hits = [subject(p) for p in parts]
    if not hits or any(hit is None for hit in hits):
        return None
    found = {hit.id for hit in hits if hit is not None}
    for part, hit in zip(parts, hits, strict=True):
        # its words' classes of people ("armé" names weapons, no people: a modifier)
        named = {
            h.id
            for w in part.split()
            if (h := subject(w)) is not None and h.id in subjects and subjects.is_a(h.id, _PEOPLE)
        }
        if hit is not None:
            named.add(hit.id)
        if _CIVILIANS in subjects and len({subjects.is_a(c, _CIVILIANS) for c in named}) > 1:
            return None  # "local militias": words of civilians and of fighters
        if len(named) > 1 and not _heads(part, hit, vocab):
            # "militia members affiliated with the army", "milicianos afiliados con el
            # Ejército": the class its words begin with; otherwise no one class
            found |= named
    if not found or not all(c in subjects and subjects.is_a(c, _PEOPLE) for c in found):
        return None
    lineages = [subjects.lineage(c) for c in found]
    common = [c for c in lineages[0] if all(c in line for line in lineages[1:])]
    cid = common[0] if common else None
    return None if cid is None or cid == _PEOPLE else cid


def says_civilians(
    claim: Claim, predicate: Resolved | None, subject: Resolved | None, vocab: Vocabulary
) -> bool:
    """Whether a claim states that all the dead were civilians, naming no perpetrator.

    "The dead were women and children" (asserted, a kind of civilians), or "the victims
    were not associated with any armed group" (denied, a class that excludes civilians);
    never a statement of who *some* of the dead were (rule :data:`SOME`).

    >>> import claimrec as cr
    >>> claim = cr.Claim(source="NGO", subject="the victims", predicate="were members of",
    ...                  value="an armed group", polarity="denied", id="a")
    >>> res = cr.resolve([claim])
    >>> says_civilians(claim, res["a"].predicate, res["a"].subject, res.vocabulary)
    True
    """
    if claim.actor is not None or predicate is None or predicate.id != STATUS:
        return False
    if subject is None or subject.rule != "status" or subject.id not in vocab.subjects:
        return False
    subjects = vocab.subjects
    if not claim.denied:
        return subjects.is_a(subject.id, _CIVILIANS)
    return _CIVILIANS in subjects and bool(
        subjects.excludes(subjects.get(subject.id), subjects.get(_CIVILIANS))
    )


def with_civilians(
    claims: Sequence[Claim],
    predicate: Callable[[int], Resolved | None],
    subject: Callable[[int], Resolved | None],
    speaker: Callable[[int], Resolved | None],
    vocab: Vocabulary,
) -> frozenset[int]:
    """Return the tolls of fighters whose speaker counts civilians dead in the same report.

    An army's "7 separatist fighters died" beside its own "a woman and four children were
    killed": its toll of fighters says who else died, not who the victims were. A claim
    counts when it is asserted, its predicate counts deaths (the ``casualties`` family; no
    statement of who the dead were) and its subject is a kind of people that excludes
    civilians, and an asserted claim of the same speaker (its reading, else its name) in
    the same report (``via``) counts deaths of civilians or a kind of them.

    >>> import claimrec as cr
    >>> army = cr.Source(name="Army", kind="state", party="Ruritania")
    >>> said = dict(source=army, via="Daily", predicate="killed")
    >>> claims = [cr.Claim(subject="rebels", value=7, id="a", **said),
    ...           cr.Claim(subject="children", value=4, id="b", **said)]
    >>> cr.resolve(claims)["a"].with_civilians
    True
    """
    subjects = vocab.subjects
    if _CIVILIANS not in subjects:
        return frozenset()
    fighters: dict[tuple[str, str], list[int]] = {}
    civilians: set[tuple[str, str]] = set()
    kinds: dict[str, str | None] = {}  # subject class -> "civilians", "fighters" or None, once
    for i, claim in enumerate(claims):
        if claim.denied or claim.via is None:
            continue
        hit, who = predicate(i), subject(i)
        if hit is None or hit.id == STATUS or getattr(hit.record, "family", None) != _DEATHS:
            continue
        if who is None:
            continue
        if who.id not in kinds:
            kinds[who.id] = _toll_kind(who.id, subjects)
        kind = kinds[who.id]
        if kind is None:
            continue
        said = speaker(i)
        key = (said.id if said is not None else normalize(claim.source.name), claim.via.id)
        if kind == "civilians":
            civilians.add(key)
        else:
            fighters.setdefault(key, []).append(i)
    return frozenset(i for key, found in fighters.items() if key in civilians for i in found)


def party_denies_harm(
    claims: Sequence[Claim],
    predicate: Callable[[int], Resolved | None],
    subject: Callable[[int], Resolved | None],
    speaker: Callable[[int], Resolved | None],
    vocab: Vocabulary,
) -> frozenset[int]:
    """Return the asserted claims whose speaker's party denies harming civilians in the collection.

    The RSF "denies targeting civilians" and says it "attacked three army camps": a party
    that fights (its speaker read as an actor of a state or an armed group, with a party)
    denies that civilians (or a kind of them) were killed or attacked (a predicate of the
    ``casualties`` or ``attack`` family, or a statement of who the dead were: "there was no
    collateral damage", rule ``status``). Every asserted claim of a speaker of that party
    is then told by a side that acknowledges no civilian harm: its act on a military target
    is its account of who was hit (``relation/_victims.target_reading``). Read over the
    collection, so ``relate`` on two claims alone never sets it.

    >>> import claimrec as cr
    >>> rsf = cr.Source(name="RSF", kind="armed_group", party="RSF")
    >>> claims = [cr.Claim(source=rsf, subject="civilians", predicate="targeted",
    ...                    polarity="denied", id="a"),
    ...           cr.Claim(source=rsf, subject="army camps", predicate="attacked", id="b")]
    >>> cr.resolve(claims)["b"].party_denies_harm
    True
    """
    subjects = vocab.subjects
    if _CIVILIANS not in subjects:
        return frozenset()
    parties: set[str] = set()
    sides: dict[int, str] = {}
    for i, claim in enumerate(claims):
        said = speaker(i)
        record = None if said is None else said.record
        party = getattr(record, "party", None)
        if not isinstance(party, str) or getattr(record, "kind", None) not in ARMED_SPEAKERS:
            continue
        if not claim.denied:
            sides[i] = party
            continue
        hit, who = predicate(i), subject(i)
        if hit is None or who is None or who.id not in subjects:
            continue
        family = getattr(hit.record, "family", None)
        if hit.id != STATUS and family not in (_DEATHS, _ATTACK):
            continue
        if subjects.is_a(who.id, _CIVILIANS):
            parties.add(party)
    return frozenset(i for i, party in sides.items() if party in parties)


def _toll_kind(cid: str, subjects: Any) -> str | None:
    """Whether a subject class counts civilians, people excluding civilians, or neither."""
    if cid not in subjects or not subjects.is_a(cid, _PEOPLE):
        return None
    if subjects.is_a(cid, _CIVILIANS):
        return "civilians"
    if subjects.excludes(subjects.get(cid), subjects.get(_CIVILIANS)):
        return "fighters"
    return None


def dead_were(
    claims: Iterable[tuple[int, Claim]], resolver: _Resolver
) -> tuple[dict[int, Resolved], dict[int, Resolved]]:
    """Per statement of who the dead were: its predicate and subject readings (rule ``status``).

    ``claims`` are (index, claim) pairs whose predicate resolved to nothing; each distinct
    (subject, predicate, value) is read once. See the module docstring for the rule.
    """
    vocab = resolver.vocab
    if STATUS not in vocab.predicates:
        return {}, {}
    record = vocab.predicates.get(STATUS)
    words = _words()
    seen: dict[tuple[str, str, str | None], tuple[str | None, bool]] = {}
    preds: dict[int, Resolved] = {}
    subjects: dict[int, Resolved] = {}
    for i, claim in claims:
        if isinstance(claim.value, Quantity):
            continue
        value = claim.value if isinstance(claim.value, str) else None
        key = (claim.subject, claim.predicate, value)
        if key not in seen:
            cid = None
            subject = normalize(claim.subject)
            if words.dead.search(subject) is not None:
                text = _class_text(claim.predicate, value)
                cid = None if text is None else _one_class(text, resolver.subject, vocab)
            seen[key] = (cid, words.some.match(subject) is not None)
        cid, some = seen[key]
        if cid is None:
            continue
        preds[i], subjects[i] = _status_pair(
            claim, record, vocab.subjects.get(cid), rule=SOME if some else "status"
        )
    return preds, subjects


def _status_pair(
    claim: Claim, record: Any, people: Any, *, rule: str = "status"
) -> tuple[Resolved, Resolved]:
    """Return the ``status`` readings of one claim: ``victims_were``, the class of its dead."""
    predicate = Resolved(
        id=STATUS, name=STATUS, text=claim.predicate, score=_SCORE, rule="status",
        record=record,
    )  # fmt: skip
    subject = Resolved(
        id=people.id, name=people.name, text=claim.subject, score=_SCORE, rule=rule,
        record=people,
    )  # fmt: skip
    return predicate, subject


@functools.lru_cache(maxsize=65536)
def targeting(predicate: str) -> bool:
    """Whether ``predicate`` ends with a word naming whom an attack was aimed at.

    "a visé", "frappe aérienne ciblant", "the strike targeted only": the subject is then
    the attack's target. A targeting word followed by anything but words of "only" is not
    read: an object ("ont ciblé l'hôpital") makes the subject the attacker, a reason
    ("targeted as directly firing on") justifies a strike without saying who died.

    >>> targeting("the strike targeted only"), targeting("ont ciblé l'hôpital")
    (True, False)
    """
    words = _words()
    pred = normalize(predicate)
    found = list(words.targeting.finditer(pred))
    if not found:
        return False
    last = found[-1]
    rest = pred[last.end() :].strip()
    return not rest or all(t in words.only for t in rest.split())


def _target_class(text: str, resolver: _Resolver) -> str | None:
    """Return the one class of people, no civilians, that ``text`` names as the targets."""
    words = _words()
    vocab = resolver.vocab
    found = normalize(_LIST.sub(" and ", _MODIFIER.sub(" ", text)))
    for ends in (words.contrasts, words.clauses, words.dress):
        cut = ends.search(found)
        if cut is not None and cut.start() > 0:
            found = found[: cut.start()]
    found = words.link_phrases.sub(" ", found)
    found = " ".join(t for t in found.split() if t not in words.only and t not in words.links)
    cid = _one_class(found, resolver.subject, vocab) if found else None
    subjects = vocab.subjects
    if cid is None or _CIVILIANS not in subjects:
        return None
    return cid if subjects.excludes(subjects.get(cid), subjects.get(_CIVILIANS)) else None


def targets_were(
    claims: Iterable[tuple[int, Claim, Resolved | None]], resolver: _Resolver
) -> tuple[dict[int, Resolved], dict[int, Resolved]]:
    """Per attacker's statement of whom its attack targeted: its ``status`` readings.

    "The strike targeted only Islamist militants", "l'armée a visé des jihadistes qui
    organisaient un rassemblement", "aveva avuto come obiettivi solo terroristi": said by
    a party that fights (a state or an armed group), asserted, with no figure, its
    predicate an act of the attack family or unread that ends with a targeting word
    (:func:`targeting`), and its subject one class of people that excludes civilians (a
    value naming the target, "the strike targeted missile launchers", keeps the act: the
    claims echoing it name a target, not who died). Such a claim is the party's statement
    of who its dead were, as "the targets were militants" is: predicate ``victims_were``,
    subject the class. Each
    claim comes with its predicate's reading (``None``: unread).

    >>> import claimrec as cr
    >>> army = cr.Source(name="Army", kind="state", party="Ruritania")
    >>> claim = cr.Claim(source=army, subject="only jihadists",
    ...                  predicate="the strike targeted", id="a")
    >>> rec = cr.resolve([claim])["a"]
    >>> rec.predicate.id, rec.predicate.rule, rec.subject.id
    ('victims_were', 'status', 'militants')
    """
    vocab = resolver.vocab
    if STATUS not in vocab.predicates:
        return {}, {}
    record = vocab.predicates.get(STATUS)
    preds: dict[int, Resolved] = {}
    subjects: dict[int, Resolved] = {}
    for i, claim, predicate in claims:
        if claim.denied or claim.source.kind not in ARMED_SPEAKERS:
            continue
        if isinstance(claim.value, Quantity):
            continue
        if predicate is not None:
            family = getattr(predicate.record, "family", None)
            if family != _ATTACK:
                continue
        if not targeting(claim.predicate):
            continue
        cid = _target_class(claim.subject, resolver)
        if cid is None:
            continue
        preds[i], subjects[i] = _status_pair(claim, record, vocab.subjects.get(cid))
    return preds, subjects


def harm_denied(
    claims: Iterable[tuple[int, Claim]], resolver: _Resolver
) -> tuple[dict[int, Resolved], dict[int, Resolved]]:
    """Per armed party's denial of civilian harm: its ``status`` readings (civilians, denied).

    "Il n'y a pas eu de dommage collatéral", "escluso danni collaterali né vittime civili",
    "there was no sign of women or children", "there was no wedding": a denial by a party
    that fights (a state or an armed group), with no figure, whose predicate resolution
    reads as nothing (an existential verb, "exclude", "match the observations") and whose
    subject names civilian harm (a word of ``dead_were.json``'s ``harm``: collateral damage,
    civilian victims, a wedding the strike is said to have hit). A subject naming only
    people is not enough ("farmers killed" denied to have "got military clearance"; "no
    women or children" says nothing of the men). Whatever the verb, it says the dead
    were no civilians:
    predicate ``victims_were``, subject ``civilians``, denied (the claim's own polarity).
    ``claims`` are those whose predicate resolved to nothing.

    >>> import claimrec as cr
    >>> army = cr.Source(name="Army", kind="state", party="Ruritania")
    >>> claim = cr.Claim(source=army, subject="dommage collatéral", predicate="il y a eu",
    ...                  polarity="denied", id="a")
    >>> rec = cr.resolve([claim])["a"]
    >>> rec.predicate.id, rec.subject.id, rec.subject.rule
    ('victims_were', 'civilians', 'status')
    """
    vocab = resolver.vocab
    subjects = vocab.subjects
    if STATUS not in vocab.predicates or _CIVILIANS not in subjects:
        return {}, {}
    record = vocab.predicates.get(STATUS)
    civilians = subjects.get(_CIVILIANS)
    words = _words()
    preds: dict[int, Resolved] = {}
    found: dict[int, Resolved] = {}
    for i, claim in claims:
        if not claim.denied or claim.source.kind not in ARMED_SPEAKERS:
            continue
        if isinstance(claim.value, Quantity):
            continue
        if words.harm.search(normalize(claim.subject)) is None:
            continue  # "no women or children" says nothing of the men
        preds[i], found[i] = _status_pair(claim, record, civilians)
    return preds, found


def civilian_marks(claim: Claim, subject: Resolved | None, resolver: _Resolver) -> bool:
    """Whether a toll's own words mark its dead as civilians, its subject not saying so.

    A toll (a figure) of a class that neither is civilians nor excludes them (*people*,
    *men*, or none read) whose subject or a qualifier names, after a word opening a part
    (``dead_were.json``'s ``including``), civilians or a kind of them (a word resolution
    reads exactly as one: *including children*, *y compris plusieurs enfants*), or names a
    civilian gathering (``harm``: *during a wedding ceremony*). A qualifier with a word of
    negation or contrast (*no civilians among them*) marks nothing, nor one naming
    civilians without opening a part (*unclear how many of the victims are civilians*).

    >>> import claimrec as cr
    >>> claim = cr.Claim(source="Witnesses", subject="people", predicate="killed", value=20,
    ...                  qualifiers=("including children",), id="a")
    >>> cr.resolve([claim])["a"].civilian_marks
    True
    """
    if not isinstance(claim.value, Quantity):
        return False
    vocab = resolver.vocab
    subjects = vocab.subjects
    if _CIVILIANS not in subjects:
        return False
    if subject is not None and subject.id in subjects:
        if subjects.is_a(subject.id, _CIVILIANS):
            return False  # said to be civilians: its class says so
        if subjects.excludes(subjects.get(subject.id), subjects.get(_CIVILIANS)):
            return False  # fighters
    return any(_marks(text, resolver) for text in (claim.subject, *claim.qualifiers))


def _marks(text: str, resolver: _Resolver) -> bool:
    """Whether ``text`` names civilians, a kind of them or a civilian gathering."""
    words = _words()
    found = normalize(text)
    if words.contrasts.search(found) is not None:
        return False
    if words.harm.search(found) is not None:
        return True
    opened = words.including.search(found)
    if opened is None:
        return False  # "unclear how many of the victims are civilians": no part named
    subjects = resolver.vocab.subjects
    for token in found[opened.end() :].split():
        hit = resolver.subject(token)
        if (
            hit is not None
            and hit.rule == "exact"
            and hit.id in subjects
            and subjects.is_a(hit.id, _CIVILIANS)
        ):
            return True
    return False
