"""Speakers the vocabulary does not know, identified within the input (rule ``local``).

No vocabulary knows every speaker. A source whose name and aliases resolve to no actor is
compared with the input's other such sources (the claims given to :func:`resolve` and
their context: the analyst's feed), and sources that name one speaker get one identity:

- ``equal``: a normalised name or alias of one is one of the other's, or their names are
  the same words once generic words are dropped (*the White Helmets rescue group*,
  *White Helmets*; *Ministry of Health*, *Health Ministry*);
- ``contained``: the words of one name are all words of the other's (*White Helmets* in
  *Syria Civil Defence (White Helmets)*), unless the longer names differ by proper words
  (*Health Ministry* inside both *Syrian Health Ministry* and *Yemeni Health Ministry*
  names neither);
- ``fuzzy``: near-identical spellings of long names (RapidFuzz ratio at least 92, names of
  twelve characters or more, the same numbers).

Guards: sources of different declared kinds (state, ngo, media...) or parties are never
one speaker, nor a group holding two; witnesses and classes of people (*a resident*,
*security sources*, *Kayes residents*, *rescapé de Solhan*) are many people and get no
identity (today's key: their name), unless one person is described at length in the same
words by several reports (*a villager involved in cremating the bodies*: :mod:`._described`);
a name made only of generic words links nothing.
Each distinct source is read once and candidates are found through word postings, never
by comparing all pairs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np
from rapidfuzz import fuzz, process

from claimrec._text import normalize
from claimrec.model import Source, SourceKind
from claimrec.resolution._described import described_speakers
from claimrec.resolution._glossed import glossed_core, glossed_text, glosses, script_cores
from claimrec.resolution._records import Resolved

#: The rule name of a speaker identified within the input.
LOCAL = "local"
#: The score of such an identity: weaker than any vocabulary reading.
LOCAL_SCORE = 0.7

# Words dropped before two names are compared: they say what kind of body or which of its
# voices speaks, not which body. Articles and prepositions (en, fr, pt, es); the roles of
# a body's voices (a spokesman, officials, a statement, a communiqué speak for the body);
# titles of persons (Brig Gen X is X); the kinds of bodies that reports add to a name (the
# X group, the X rescue group, the NGO X).
_GENERIC_WORDS = frozenset(
    {
        # articles, prepositions, conjunctions
        "the", "a", "an", "of", "for", "in", "on", "at", "by", "from", "to", "and", "with",
        "de", "du", "des", "d", "la", "le", "les", "l", "et", "au", "aux", "en", "pour",
        "do", "da", "dos", "das", "em", "e", "o", "os", "as", "del", "los", "las", "y",
        # the voices of a body
        "spokesman", "spokesmen", "spokeswoman", "spokesperson", "spokespersons",
        "spokespeople", "porte", "parole", "portavoz", "porta", "voz", "official",
        "officials", "authorities", "autorites", "autoridades", "statement", "statements",
        "communique", "communiques", "comunicado", "declaration",
        "responsable", "responsables", "representative", "representatives", "said",
        # titles of persons
        "mr", "mrs", "ms", "dr", "prof", "professor", "gen", "general", "brig",
        "brigadier", "col", "colonel", "maj", "major", "lt", "lieutenant", "capt",
        "captain", "sgt", "m", "mme", "sr", "sra",
        # kinds of bodies added to a name
        "group", "groups", "groupe", "grupo", "organisation", "organization", "organizacao",
        "deputy", "adjoint", "head", "chief",
        # kinds of bodies added to a name
        "ngo", "ngos", "ong", "ongs", "rescue", "charity", "rights", "monitor",
        "monitoring", "watchdog",
    }
)  # fmt: skip

# A name that begins with one of these names nobody in particular ("a resident", "some
# sources", "plusieurs hôpitaux", "d'autres sources").
_INDEFINITE = frozenset(
    {
        "a", "an", "one", "some", "several", "many", "other", "others", "various", "two",
        "three", "un", "une", "certains", "certaines", "plusieurs", "quelques", "dautres",
        "autres", "differentes", "differents", "divers", "diverses", "um", "uma", "alguns",
        "algumas", "varios", "varias", "unos", "unas", "outros", "outras",
    }
)  # fmt: skip

# People, not a speaker: a name headed by one of these (its last word, or its first before
# "de", "of": "Kayes residents", "security sources", "rescapé de Solhan") is a class.
_PEOPLE = frozenset(
    {
        "resident", "residents", "witness", "witnesses", "eyewitness", "eyewitnesses",
        "survivor", "survivors", "villager", "villagers", "civilian", "civilians", "local",
        "locals", "doctor", "doctors", "medic", "medics", "nurse", "nurses", "activist",
        "activists", "worker", "workers", "employee", "employees", "source", "sources",
        "people", "person", "persons", "man", "men", "woman", "women", "farmer", "farmers",
        "relative", "relatives", "family", "families", "rescuer", "rescuers", "volunteer",
        "volunteers", "expert", "experts", "journalist", "journalists", "reporter",
        "reporters", "hospitals", "habitant", "habitants", "temoin", "temoins",
        "rescape", "rescapes", "survivant", "survivants", "villageois", "medecin",
        "medecins", "infirmier", "infirmiers", "travailleur", "travailleurs", "salarie",
        "salaries", "benevole", "benevoles", "hopitaux", "hopital", "proches", "morador",
        "moradores", "testemunha", "testemunhas", "fonte", "fontes", "sobrevivente",
        "sobreviventes", "testigo", "testigos", "vecino", "vecinos", "fuente", "fuentes",
    }
)  # fmt: skip
_OF = frozenset(
    {
        "of", "from", "in", "at", "close", "near", "inside", "within", "familiar", "de", "du",
        "des", "d", "do", "da", "dos", "das", "em", "a", "au", "aupres", "proche", "proches",
    }
)  # fmt: skip
# A body's voice: "a Blue Hats statement", "a spokesman for X" name the body, article or not.
_VOICES = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "porte", "portavoz", "porta", "statement",
        "communique", "comunicado", "declaration",
    }
)  # fmt: skip

_FUZZY_SCORE = 92.0  # near-identical spellings only
_FUZZY_MIN_LEN = 12  # shorter names are too often other names one letter away
_BLOCK_LIMIT = 256  # a word shared by more sources than this finds no candidates alone
_CONTAINERS_LIMIT = 16  # a name inside more (unlinked) names than this is ambiguous
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{1,5}")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")


def _proper(word: str) -> bool:
    """Whether a word is written as a name: a capital, a digit, or a script without case.

    (Arabic has no capitals: its words count as proper, for want of case.)
    """
    return word.lower() != word or word.upper() == word


class _Name:
    """One source's names as compared: normalised names, core words, proper words."""

    __slots__ = ("cores", "held", "keys", "proper", "scripts", "source")

    def __init__(self, source: Source) -> None:
        self.source = source
        texts = (source.name, *source.aliases)
        proper: list[str] = []
        acronyms: list[str] = []
        described: list[bool] = []
        for text in texts:
            found = [w for w in text.split() if _proper(w)]
            proper.extend(found)
            acronyms.extend(w for w in found if _ACRONYM.fullmatch(w.strip("()[],.;:")))
            described.append(_sentence_case(text, found))
        self.proper = set(normalize(" ".join(proper)).split())
        caps = set(normalize(" ".join(acronyms)).split()) if acronyms else set()
        # a name or alias counts when it names someone: not a class of people, not only
        # generic words ("a resident", "security sources", "army spokesman" compare nothing)
        self.keys: set[str] = set()
        self.cores: set[tuple[str, ...]] = set()
        # the cores other names may hold: a description's words inside a longer name say
        # nothing ("Medical relief organization" inside two unions of medical relief bodies)
        self.held: set[tuple[str, ...]] = set()
        # the texts read across scripts (:func:`._glossed.script_cores`), with their words
        self.scripts: list[tuple[str, frozenset[str]]] = []
        for text, description in zip(texts, described, strict=True):
            key = normalize(text)
            core = _core(key)
            if core is None:
                continue
            # one proper word with a kind of body ("the Zorya Group") names a body, but is
            # compared whole: never held inside longer names ("Zorya Valley Hats")
            named = _distinctive(core, self.proper, caps)
            body = set() if description or named else _bodies(key, core)
            if named or _distinctive(core, self.proper, body):
                self.cores.add(core)
                self.keys.add(key)
                if not description and named:
                    self.held.add(core)
            self._gloss(text, description, caps)
            if not description:
                self.scripts.append((text, frozenset(core)))

    def _gloss(self, text: str, description: bool, caps: set[str]) -> None:
        """Add a name's glossed core (:mod:`._glossed`), compared as its own words are."""
        key = glossed_text(text)
        if key is None:
            return  # a list of speakers
        words = _core(key)
        if words is None:
            return
        core = glossed_core(words)
        if not core or core in self.cores:
            return
        proper = {g for w in self.proper for g in glosses(w)}
        self.proper |= proper
        named = _distinctive(core, self.proper, caps)
        body = set() if description or named else _bodies(key, core)
        if named or _distinctive(core, self.proper, body):
            self.cores.add(core)
            if not description and named:
                self.held.add(core)


def _sentence_case(text: str, proper: list[str]) -> bool:
    """Whether only a text's first word is capitalised: a description, not a name.

    (*Medical relief organization*, *Volunteer rescue force*; not *White Helmets*, *MSF*,
    *Ministry of Water*, nor a name with no case.)
    """
    words = text.split()
    return (
        len(words) > 1
        and len(proper) == 1
        and proper[0] == words[0]
        and words[0] != words[0].upper()
    )


def _core(key: str) -> tuple[str, ...] | None:
    """Return a normalised name's words without generic words, sorted; None for people."""
    tokens = key.split()
    if not tokens or (tokens[0] in _INDEFINITE and _VOICES.isdisjoint(tokens)):
        return None
    if tokens[-1] in _PEOPLE or (len(tokens) > 1 and tokens[0] in _PEOPLE and tokens[1] in _OF):
        return None
    return tuple(sorted({t for t in tokens if t not in _GENERIC_WORDS}))


# The kinds of body a report adds to one proper word to name a body: *the Wagner Group*,
# *groupe Wagner*, *the Ruritania Foundation* (a proper word alone may be a person's name).
_BODY_KINDS = frozenset(
    {
        "group", "groupe", "grupo", "organisation", "organization", "organizacao",
        "organizacion", "foundation", "fondation", "fundacao", "fundacion", "ngo", "ong",
        "network", "reseau", "rede", "red", "brigade", "brigades", "battalion", "bataillon",
        "batallon", "batalhao", "militia", "milice", "milicia", "movement", "mouvement",
        "movimiento", "movimento", "front", "frente", "committee", "comite", "council",
        "conseil", "association", "associacao", "asociacion", "collective", "collectif",
        "coletivo", "colectivo", "agency", "agence", "agencia", "institute", "institut",
        "instituto", "observatory", "observatoire", "observatorio", "company", "compagnie",
    }
)  # fmt: skip


def _bodies(key: str, core: tuple[str, ...]) -> set[str]:
    """Return the one word of ``core`` naming a body with a word of its kind (*the Zorya Group*).

    Read as an acronym would be: one proper word and a kind of body name someone.
    """
    if len(core) == 1 and not _BODY_KINDS.isdisjoint(key.split()) and core[0] not in _BODY_KINDS:
        return {core[0]}
    return set()


def _distinctive(core: tuple[str, ...], proper: set[str], acronyms: set[str]) -> bool:
    """Whether a core names someone: a proper word in it, and two words or an acronym.

    *White Helmets*, *SCD*: yes; *local committee*, *security consultant* (descriptions,
    written in lower case) and *Ukrainian* alone (a people): no.
    """
    if not proper.intersection(core):
        return False
    return len(core) >= 2 or (len(core) == 1 and core[0] in acronyms)


def _named(name: _Name) -> bool:
    """Whether a source names one speaker: not a witness, not a class, not only generic words."""
    return name.source.kind is not SourceKind.WITNESS and bool(name.cores)


def _declared(source: Source) -> tuple[SourceKind | None, str | None]:
    kind = None if source.kind is SourceKind.OTHER else source.kind
    party = None if not source.party else normalize(source.party)
    return kind, party


class _Groups:
    """Union-find over sources whose declared kinds and parties stay one each per group."""

    def __init__(self, names: Sequence[_Name]) -> None:
        self.parent = list(range(len(names)))
        self.kinds: list[set[SourceKind]] = []
        self.parties: list[set[str]] = []
        for name in names:
            kind, party = _declared(name.source)
            self.kinds.append(set() if kind is None else {kind})
            self.parties.append(set() if party is None else {party})

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a == b:
            return
        kinds, parties = self.kinds[a] | self.kinds[b], self.parties[a] | self.parties[b]
        if len(kinds) > 1 or len(parties) > 1:
            return  # a state and an NGO, or two parties' voices: never one speaker
        a, b = min(a, b), max(a, b)
        self.parent[b] = a
        self.kinds[a], self.parties[a] = kinds, parties


def _postings(names: Sequence[_Name]) -> dict[str, list[int]]:
    index: dict[str, list[int]] = defaultdict(list)
    for k, name in enumerate(names):
        for word in sorted({w for core in name.cores for w in core}):
            index[word].append(k)
    return index


def _equal_edges(names: Sequence[_Name]) -> list[tuple[int, int]]:
    owners: dict[object, list[int]] = defaultdict(list)
    for k, name in enumerate(names):
        for key in name.keys:
            owners["=" + key].append(k)
        for core in name.cores:
            owners[core].append(k)
    edges: set[tuple[int, int]] = set()
    for members in owners.values():
        edges.update((members[0], m) for m in members[1:])
    return sorted(edges)


def _script_edges(names: Sequence[_Name], postings: dict[str, list[int]]) -> list[tuple[int, int]]:
    """Edges between a name in Arabic script and one in Latin letters read alike.

    (:func:`._glossed.script_cores`: *لجان مقاومة ود مدني*, *Wad Madani Resistance
    Committee*.) Only across scripts: two Latin names are compared by their own words. A
    Latin name is read only when it shares the Arabic core's kind and domain words.
    """
    arabic: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for k, name in enumerate(names):
        for text, words in name.scripts:
            if not _ARABIC_SCRIPT.search(text):
                continue
            script, cores = script_cores(text, words)
            if script == "ar":
                for core in cores:
                    arabic[core].add(k)
    latin: dict[int, frozenset[tuple[str, ...]]] = {}
    edges: set[tuple[int, int]] = set()
    for core, owners in arabic.items():
        lists = sorted((postings.get(w, []) for w in core if not w.startswith("§")), key=len)
        if not lists or len(lists[0]) > _BLOCK_LIMIT:
            continue
        for m in set(lists[0]).intersection(*lists[1:]):
            if m not in latin:
                latin[m] = frozenset(
                    c
                    for text, words in names[m].scripts
                    for script, cores in (script_cores(text, words),)
                    if script == "latin"
                    for c in cores
                )
            if core in latin[m]:
                edges.update((min(k, m), max(k, m)) for k in owners)
    return sorted(edges)


def _extra_proper(container: _Name, core: tuple[str, ...]) -> frozenset[str]:
    """Return the proper words a container adds to ``core`` (in its best-fitting core).

    The name of a person who speaks for the body (*Blue Hats spokesman Jane Roe*) adds
    no other body: its words are left out.
    """
    inner = set(core)
    fits = [c for c in container.cores if inner <= set(c)]
    best = min(fits, key=lambda c: (len(c), c))
    people = person_words(container.source)
    return frozenset(w for w in best if w not in inner and w in container.proper) - people


#: Words of a role in a body: a name beside one is a person's who speaks for it.
ROLES = frozenset(
    {
        "spokesman", "spokeswoman", "spokesperson", "porte", "parole", "portavoz", "porta",
        "voz", "director", "directeur", "directrice", "diretor", "head", "chief", "chef",
        "president", "minister", "ministre", "ministro", "secretary", "governor",
        "gouverneur", "commander", "coordinator", "coordinateur", "official", "officer",
        "representative", "mr", "mrs", "ms", "dr", "gen", "general", "col", "colonel", "lt",
        "maj", "major", "capt", "captain", "brig", "brigadier",
    }
)  # fmt: skip


def person_words(source: Source) -> frozenset[str]:
    """Return the words of a person's name beside a role word in a source's name, if any.

    Two capitalised words or more right after a role word, or right before it:
    *Blue Hats spokesman Jane Roe*, *Jane Roe, director of the Blue Hats*.

    >>> sorted(person_words(Source(name="Blue Hats spokesman Jane Roe")))
    ['jane', 'roe']
    >>> sorted(person_words(Source(name="Ruritanian Water Board spokesman")))
    []
    """
    raw = source.name.replace("-", " ").split()
    tokens = [t.strip("()[],.;:'\"") for t in raw]
    found: set[str] = set()
    for k, token in enumerate(tokens):
        if normalize(token) not in ROLES or (k and normalize(tokens[k - 1]) in ROLES):
            continue
        runs = [_run(tokens[k + 1 :])]
        if k and raw[k - 1].endswith(","):  # "Jane Roe, director of ..."
            runs.append(_run(tokens[:k][::-1]))
        for run in runs:
            if len(run) >= 2:
                found.update(normalize(t) for t in run)
    return frozenset(found)


def _run(tokens: list[str]) -> list[str]:
    """Return the capitalised words at the start of ``tokens`` (role words skipped first)."""
    out: list[str] = []
    for token in tokens:
        if not out and normalize(token) in ROLES:
            continue  # "spokesman Lt Col Jane Roe"
        if not token or not token[0].isupper() or _ACRONYM.fullmatch(token):
            break
        out.append(token)
    return out


def _contained_edges(
    names: Sequence[_Name], postings: dict[str, list[int]], equal: list[int]
) -> list[tuple[int, int]]:
    """Edges from a name to the longer names holding all its words, when unambiguous."""
    edges: list[tuple[int, int]] = []
    for k, name in enumerate(names):
        for core in sorted(name.held):
            lists = sorted((postings[w] for w in core), key=len)
            if len(lists[0]) > _BLOCK_LIMIT:
                continue
            found = set(lists[0]).intersection(*lists[1:]) if len(lists) > 1 else set(lists[0])
            own = equal[k]
            containers = sorted(
                m
                for m in found
                if equal[m] != own
                and _compatible(name.source, names[m].source)
                and any(set(core) < set(c) for c in names[m].cores)
            )
            if not containers:
                continue
            extras: dict[int, frozenset[str]] = {}
            for m in containers:
                group = equal[m]
                extras[group] = extras.get(group, frozenset()) | _extra_proper(names[m], core)
            if len(extras) > _CONTAINERS_LIMIT or _rival(list(extras.values())):
                continue  # "Health Ministry" inside the Syrian and the Yemeni one
            edges.extend((k, m) for m in containers)
    return edges


def _rival(extras: list[frozenset[str]]) -> bool:
    """Whether two containers add proper words the other lacks (two different bodies)."""
    for x in range(len(extras)):
        for y in range(x + 1, len(extras)):
            one, two = extras[x], extras[y]
            if one - two and two - one:
                return True
    return False


def _digits(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\d+", text))


def _fuzzy_edges(names: Sequence[_Name], postings: dict[str, list[int]]) -> list[tuple[int, int]]:
    """Edges between near-identical spellings of long names sharing a word (one cdist a word)."""
    long = [sorted(j for c in n.cores if len(j := " ".join(c)) >= _FUZZY_MIN_LEN) for n in names]
    edges: set[tuple[int, int]] = set()
    for word, members in postings.items():
        if len(members) < 2 or len(members) > _BLOCK_LIMIT or len(word) < 4:
            continue
        owners = [k for k in members for _ in long[k]]
        strings = [text for k in members for text in long[k]]
        if len(set(owners)) < 2:
            continue
        scores = process.cdist(
            strings, strings, scorer=fuzz.ratio, score_cutoff=_FUZZY_SCORE, dtype=np.float64
        )
        rows, cols = np.nonzero(scores >= _FUZZY_SCORE)
        for x, y in zip(rows.tolist(), cols.tolist(), strict=True):
            i, j = owners[x], owners[y]
            if i < j and _digits(strings[x]) == _digits(strings[y]):
                edges.add((i, j))
    return sorted(edges)


def _compatible(a: Source, b: Source) -> bool:
    ka, pa = _declared(a)
    kb, pb = _declared(b)
    return (ka is None or kb is None or ka is kb) and (pa is None or pb is None or pa == pb)


def local_speakers(sources: Iterable[Source]) -> dict[Source, Resolved]:
    """Return, per source the vocabulary does not know and that names one speaker, its identity.

    Parameters
    ----------
    sources : iterable of Source
        The input's sources that resolve to no actor (duplicates are read once).

    Returns
    -------
    dict
        Source -> :class:`Resolved` (rule ``"local"``, score 0.7) for the sources of a
        group named in several ways: ``id`` is ``"~"`` and the smallest normalised name
        of the group, ``name`` that name as written, ``record`` the group's sources. A
        source named one way only is left out (its key stays ``"~"`` and its normalised
        name, as the vocabulary gives no actor), unless speakers kept apart share its
        name: each then gets the name and its declared kinds and parties
        (``"~blue hats [ngo]"``). Witnesses and classes of people are left out.

    Examples
    --------
    >>> from claimrec.model import Source
    >>> from claimrec.resolution._local import local_speakers
    >>> found = local_speakers([Source(name="the Blue Hats rescue group"),
    ...     Source(name="Green Valley Civil Guard (Blue Hats)"), Source(name="a resident")])
    >>> sorted({hit.id for hit in found.values()}), len(found)
    (['~green valley civil guard blue hats'], 2)
    """
    distinct_set = frozenset(sources)
    cached = _CACHE.get(distinct_set)
    if cached is not None:
        return dict(cached)
    found = _local_speakers(distinct_set)
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[distinct_set] = found
    return dict(found)


# relate(a, b, context=claims), pair after pair, reads the same sources again and again
_CACHE: dict[frozenset[Source], dict[Source, Resolved]] = {}
_CACHE_SIZE = 4


def _local_speakers(sources: frozenset[Source]) -> dict[Source, Resolved]:
    order = {s: _order(s) for s in sources}
    distinct = sorted(order, key=order.__getitem__)
    names = [_Name(s) for s in distinct]
    names = [n for n in names if _named(n)]
    if not names:
        out: dict[Source, Resolved] = {}
        _describe(out, sources)
        return out
    groups = _Groups(names)
    postings = _postings(names)
    for i, j in sorted({*_equal_edges(names), *_script_edges(names, postings)}):
        if _compatible(names[i].source, names[j].source):
            groups.union(i, j)
    equal = [groups.find(k) for k in range(len(names))]
    later = {
        *_contained_edges(names, postings, equal),
        *_fuzzy_edges(names, postings),
    }
    # one order for the edges of both rules: where a name is compatible with two others that
    # are not with each other (a name of no declared kind between an NGO's and a state's),
    # the first edge in the names' order wins, whichever rule found it
    for i, j in sorted(later):
        if _compatible(names[i].source, names[j].source):
            groups.union(i, j)
    # a name inside two bodies' names is ambiguous only while they are two: once the rule
    # above has joined them (*Madani Resistance Committee* inside *Wad Madani ...*), look again
    joined = [groups.find(k) for k in range(len(names))]
    if joined != equal:
        for i, j in sorted(set(_contained_edges(names, postings, joined)) - later):
            if _compatible(names[i].source, names[j].source):
                groups.union(i, j)
    members: dict[int, list[int]] = defaultdict(list)
    for k in range(len(names)):
        members[groups.find(k)].append(k)
    heads: dict[str, list[tuple[tuple[Source, ...], Source, int]]] = defaultdict(list)
    for root, ks in members.items():
        group = tuple(names[k].source for k in ks)  # in the sources' order
        head = min(group, key=lambda s: (normalize(s.name), s.name))
        heads["~" + normalize(head.name)].append((group, head, root))
    out = {}
    for name, found in heads.items():
        taken: set[str] = set()
        for group, head, root in sorted(found, key=lambda f: order[f[0][0]]):
            key = name
            if len(found) > 1:
                # one name, two speakers kept apart by their declared kinds or parties
                kinds = sorted(k.value for k in groups.kinds[root])
                key = f"{name} [{', '.join([*kinds, *sorted(groups.parties[root])])}]"
            while key in taken:
                key += "'"
            taken.add(key)
            if key != name or len({normalize(s.name) for s in group}) > 1:
                _identify(out, group, head, key)
    _describe(out, sources)
    return out


def _describe(out: dict[Source, Resolved], sources: frozenset[Source]) -> None:
    """Identify the sources that describe one person in the same long words (:mod:`._described`).

    Only sources no other rule identified, of compatible declared kinds and parties. A
    declared witness described so is one person too: the one witness several reports quote.
    """
    for group in described_speakers(s for s in sources if s not in out):
        if all(_compatible(a, b) for k, a in enumerate(group) for b in group[k + 1 :]):
            head = min(group, key=lambda s: (normalize(s.name), s.name))
            if len({normalize(s.name) for s in group}) > 1:
                _identify(out, group, head, "~" + normalize(head.name))


def _identify(
    out: dict[Source, Resolved], group: tuple[Source, ...], head: Source, key: str
) -> None:
    for source in group:
        out[source] = Resolved(
            id=key,
            name=head.name,
            text=source.name,
            score=LOCAL_SCORE,
            rule=LOCAL,
            record=group,
        )


def _order(source: Source) -> tuple[str, str, str, tuple[str, ...], float]:
    return (
        source.name,
        str(source.kind._value_),
        source.party or "",
        source.aliases,
        -1.0 if source.reliability is None else source.reliability,
    )
