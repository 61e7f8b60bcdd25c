"""The result of resolution (:class:`Resolution`) and :func:`resolve`."""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator

from claimrec._text import normalize
from claimrec.errors import ClaimrecWarning, UnknownNameError
from claimrec.model import Claim, Source
from claimrec.quantity import Quantity
from claimrec.resolution._account import account_of
from claimrec.resolution._accused import (
    accused_scenes,
    accused_side,
    fighters_dead,
    listed_parties,
    listed_scene,
    party_of,
    perpetrator,
)
from claimrec.resolution._actors import KEY, known_name, party_key
from claimrec.resolution._bounds import period_of
from claimrec.resolution._claimed import SourceNames, claim_head, claimed_denial
from claimrec.resolution._claimed import side as _side
from claimrec.resolution._columns import _check_claims, _Columns
from claimrec.resolution._demonyms import victims_nation
from claimrec.resolution._denial import _key as _claimed_key
from claimrec.resolution._denial import denial_of, denies_in_words
from claimrec.resolution._figure import qualifier_figure, verb_figure
from claimrec.resolution._local import LOCAL
from claimrec.resolution._parties import LocalParties
from claimrec.resolution._records import ClaimResolution, Denial, Resolved, Unresolved
from claimrec.resolution._rejection import _owner, rejected_party, rejection_of
from claimrec.resolution._resolver import _resolver, _speaker_key
from claimrec.resolution._sites import incident_sites
from claimrec.resolution._status import (
    civilian_marks,
    party_denies_harm,
    says_civilians,
    with_civilians,
)
from claimrec.vocab import (
    Place,
    Vocabulary,
)

# --------------------------------------------------------------------------- the result

#: The predicate concept of a claim of responsibility (``predicates.json``).
_RESPONSIBILITY = "responsibility"
_BLAMED = "blamed"


def _claimant(
    claim: Claim, predicate: Resolved | None, actor: Resolved | None, speaker: Resolved | None
) -> Resolved | None:
    """Whose claim of responsibility an asserted claim reports (:attr:`ClaimResolution.claimant`).

    The actor its value names (*claimed by TRF*), else its actor, else its speaker (the
    group saying it claimed the act). None when the claim is no claim of responsibility.
    """
    if predicate is None or predicate.id != _RESPONSIBILITY:
        return None
    if isinstance(claim.value, str) and claim.value.strip():
        text, rule, hit = claim.value, "value", actor
    elif claim.actor:
        text, rule, hit = claim.actor, "actor", actor
    else:
        text, rule, hit = claim.source.name, "speaker", speaker
    if hit is not None:
        return Resolved(id=hit.id, name=hit.name, text=text, score=hit.score, rule=rule)
    return Resolved(id="text:" + normalize(text), name=text, text=text, score=1.0, rule=rule)



def _rejection(claim: Claim, predicate: Resolved | None, cols: _Columns) -> str | None:
    """Return the verb by which a claim read as *blamed* rejects a report or accusations."""
    if predicate is None or predicate.id != _BLAMED:
        return None
    return rejection_of(claim, cols.resolver)


class Resolution:
    """What every claim's text resolves to: the one reading every later stage uses.

    Index it by claim id (or position) for a :class:`ClaimResolution`; ask
    :meth:`unresolved` for what could not be read.

    Attributes
    ----------
    claims : tuple of Claim
        The claims, in input order.

    Examples
    --------
    >>> import claimrec as cr
    >>> claims = cr.datasets.mali_2025()
    >>> res = cr.resolve(claims)
    >>> res
    <Resolution claims=17 unresolved=...>
    >>> res["jnim-seized"].predicate.id, res["fama-thwarted"].predicate.id
    ('captured', 'repelled')
    >>> res["fama-neutralised"].stated.id      # ORTM's broadcast, not the news report
    '2025-07-01'
    """

    __slots__ = (
        "_articles", "_by_id", "_cols", "_denying", "_marks", "_names", "_parties", "_perps",
        "_reports", "_scenes", "_scoped", "_sources", "_with_civ", "claims",
    )  # fmt: skip

    def __init__(self, cols: _Columns) -> None:
        self._cols = cols
        self.claims: tuple[Claim, ...] = tuple(cols.claims)
        self._by_id: dict[str, int] | None = None
        self._scoped: dict[int, Resolved | None] | None = None
        self._scenes: dict[str, Resolved] | None = None
        self._with_civ: frozenset[int] | None = None
        self._denying: frozenset[int] | None = None
        self._reports: dict[tuple[str, str], str] | None = None
        self._parties: LocalParties | None = None
        self._marks: dict[tuple[str, tuple[str, ...], str | None], bool] = {}
        self._perps: dict[int, tuple[Resolved | None, tuple[Resolved, ...]]] = {}
        self._articles: dict[str, list[Claim]] | None = None
        self._names: SourceNames | None = None
        self._sources: dict[Source, Resolved | None] = {}

    @property
    def vocabulary(self) -> Vocabulary:
        """The vocabulary the names were read against."""
        return self._cols.resolver.vocab

    def _index(self, key: str | int | Claim) -> int:
        if isinstance(key, int) and not isinstance(key, bool):
            if not -len(self.claims) <= key < len(self.claims):
                raise UnknownNameError("claim", str(key), [])
            return key % len(self.claims)
        claim_id = key.id if isinstance(key, Claim) else key
        if self._by_id is None:
            self._by_id = {c.id: i for i, c in enumerate(self.claims)}
        found = self._by_id.get(str(claim_id))
        if found is None:
            raise UnknownNameError("claim", str(claim_id), [])
        return found

    def _actor(self, i: int) -> Resolved | None:
        cols = self._cols
        code = int(cols.actor_codes[i])
        if code < 0:
            return cols.actor_override.get(i)
        hit = cols.actor_found[code]
        if hit is not None and hit.rule == "fuzzy":
            # a name inside the text, or a country's adjective, before a look-alike
            return cols.actor_override.get(i) or hit
        if hit is None:
            if self._scoped is None:
                self._scoped = cols.scoped_actors(self._country)
            hit = self._scoped.get(i)
        # a state's organ alone ("the army"): the state of the country of the act
        return hit or cols.actor_override.get(i) or cols.organ(i)

    def _country(self, i: int) -> str | None:
        hit = self._cols.place(i)
        record = None if hit is None else hit.record
        return record.country if isinstance(record, Place) else None

    def __getitem__(self, key: str | int | Claim) -> ClaimResolution:
        i = self._index(key)
        cols = self._cols
        pred = int(cols.pred_codes[i])
        subj = int(cols.subj_codes[i])
        claim = self.claims[i]
        # read for the accused's scenes before, or now (taken: the record keeps them)
        found = self._perps.pop(i, None)
        actor, actors = self._read_perpetrators(i) if found is None else found
        predicate = cols.pred_override.get(i, cols.pred_found[pred])
        denies = claimant = None
        rejection = _rejection(claim, predicate, cols)
        if claim.denied or rejection is not None or denies_in_words(claim.predicate) is not None:
            rejects = None if rejection is None else rejected_party(claim.subject, cols.resolver)
            denies = denial_of(
                claim, predicate=predicate, actor=actor, speaker=cols.speaker[i],
                rejection=rejection, rejects=rejects,
            )  # fmt: skip
            if rejection is None and denies is not None and denies.target != "confirmation":
                denies = self._claimed(i, denies)  # "disputed the figure": another's claim
        else:  # a denial (no one claimed it) is no claimant's statement
            claimant = _claimant(claim, predicate, actor, cols.speaker[i])
        place = cols.place(i)
        accused = None
        account = account_of(claim, predicate, actor, cols.resolver)
        if place is None:
            subject = cols.subj_override.get(i)
            if says_civilians(claim, predicate, subject, self.vocabulary):
                # "the victims were no fighters", beside the speaker's "the army bombed the
                # crowd" in one report: the victims of the party it accuses there
                said = self._report_key(i)
                side = None if said is None else self._report_accused().get(said)
            else:
                side = accused_side(
                    claim, actor, denies, cols.speaker[i], actors,
                    fighters_dead=fighters_dead(self.vocabulary, predicate, subject),
                    account=account,
                )  # fmt: skip
            accused = None if side is None else self._accused_scenes().get(side)
            if side is None:  # a list of perpetrators: its parties' one scene
                parties = listed_parties(claim, denies, actors)
                accused = listed_scene(parties, self._accused_scenes()) if parties else None
        return ClaimResolution(
            claim_id=claim.id,
            speaker=cols.speaker[i],
            actor=actor,
            place=place,
            places=cols.places(i),
            actors=actors,
            predicate=predicate,
            subject=cols.subj_override.get(i, cols.subj_found[subj]),
            stated=cols.stated[i],
            origin=cols.origin[i],
            sites=incident_sites(claim.subject, claim.place),
            person=cols.person[i],
            medium=cols.medium[i],
            figure=_figure_of(self.claims[i]),
            denies=denies,
            stated_by=cols.stated_by[i],
            happened_by=cols.happened_by[i],
            article_place=cols.article_place(i),
            named_place=cols.named_place(i),
            period=period_of(claim),
            accused_place=accused,
            claimant=claimant,
            nation=victims_nation(claim.subject),
            country=cols.country(i),
            account=account,
            with_civilians=i in self._with_civilians(),
            party_denies_harm=i in self._party_denies_harm(),
            civilian_marks=self._civilian_marks(
                claim, cols.subj_override.get(i, cols.subj_found[subj])
            ),
        )

    def _claimed(self, i: int, denies: Denial) -> Denial:
        """Return a denial of another speaker's claim (:mod:`._claimed`), else ``denies``."""
        claim = self.claims[i]
        if not claim.denied or claim_head(claim.subject) is None:
            return denies
        key = _article_of(claim)
        others = [] if key is None else self._article_claims().get(key, [])
        article = [self._told(c) for c in others if c.id != claim.id]
        found = claimed_denial(
            claim, self._cols.speaker[i], owner_of=self._owner_of, article=article
        )
        return denies if found is None else found

    def _article_claims(self) -> dict[str, list[Claim]]:
        """Return the claims (and context claims) of each article, read once."""
        if self._articles is None:
            found: dict[str, dict[str, Claim]] = {}
            for claim in (*self.claims, *self._cols.context):
                key = _article_of(claim)
                if key is not None:
                    found.setdefault(key, {}).setdefault(claim.id, claim)
            self._articles = {key: list(group.values()) for key, group in found.items()}
        return self._articles

    def _told(self, claim: Claim) -> tuple[Claim, Resolved | None, str | None, bool]:
        """Return a claim of a denial's article, its speaker, family, and whether it counts people.

        Read from its words alone (the same whether the claim is one of these claims or
        of their context), its predicate else its subject naming the act (*massacred*).
        """
        resolver = self._cols.resolver
        family = None
        for text in (claim.predicate, claim.subject):
            hit = resolver.predicate(text)
            family = None if hit is None else getattr(hit.record, "family", None)
            if family is not None:
                break
        subject = resolver.subject(claim.subject)
        lineage = () if subject is None else self.vocabulary.subjects.lineage(subject.id)
        return claim, self._speaker_of(claim.source), family, _PEOPLE in lineage

    def _speaker_of(self, source: Source) -> Resolved | None:
        """Return a source's speaker, read from the source alone (as ``speaker_at``, undated)."""
        if source not in self._sources:
            self._sources[source] = self._cols.source_speaker(source)
        return self._sources[source]

    def _owner_of(self, text: str, capitalised: bool) -> Resolved | None:
        """Whose claim a phrase names: a source of the input so named, else a known actor."""
        if len(text.split()) == 1 and not capitalised:
            return None  # one word in lower case is no name (*un*, the French article)
        if self._names is None:
            sources = {c.source for c in (*self.claims, *self._cols.context)}
            self._names = SourceNames(sources)
        named = self._names.named(_claimed_key(text).split(), capitalised=capitalised)
        hits = [self._speaker_of(source) for source in sorted(named, key=lambda s: s.name)]
        sides = {_side(hit) for hit in hits}
        if len(sides) == 1 and None not in sides:
            return hits[0]
        if named:
            return None  # sources of several sides, or unread: no one in particular
        return _owner(text, self._cols.resolver)

    def _civilian_marks(self, claim: Claim, subject: Resolved | None) -> bool:
        """:func:`._status.civilian_marks`, read once per distinct subject and qualifiers.

        It reads only whether the value is a figure, the subject's class and the texts
        of the subject and qualifiers (against this resolution's one vocabulary).
        """
        if not isinstance(claim.value, Quantity):
            return False
        key = (claim.subject, claim.qualifiers, None if subject is None else subject.id)
        found = self._marks.get(key)
        if found is None:
            found = self._marks[key] = civilian_marks(claim, subject, self._cols.resolver)
        return found

    def _report_key(self, i: int) -> tuple[str, str] | None:
        """Claim ``i``'s speaker (its reading, else its name) and report, if it has one."""
        claim = self.claims[i]
        if claim.via is None:
            return None
        said = self._cols.speaker[i]
        return (said.id if said is not None else normalize(claim.source.name), claim.via.id)

    def _report_accused(self) -> dict[tuple[str, str], str]:
        """Per speaker and report, the one party its asserted claims there name as perpetrator."""
        if self._reports is None:
            found: dict[tuple[str, str], set[str]] = {}
            for i, claim in enumerate(self.claims):
                key = self._report_key(i)
                if claim.denied or claim.actor is None or key is None:
                    continue
                party = party_of(perpetrator(*self._perpetrators(i)))
                if party is not None:
                    found.setdefault(key, set()).add(party)
            self._reports = {key: next(iter(p)) for key, p in found.items() if len(p) == 1}
        return self._reports

    def _with_civilians(self) -> frozenset[int]:
        """Return the tolls of fighters beside their speaker's civilians (:mod:`._status`)."""
        if self._with_civ is None:
            cols = self._cols
            self._with_civ = with_civilians(
                self.claims,
                lambda i: cols.pred_override.get(i, cols.pred_found[int(cols.pred_codes[i])]),
                lambda i: cols.subj_override.get(i, cols.subj_found[int(cols.subj_codes[i])]),
                lambda i: cols.speaker[i],
                self.vocabulary,
            )
        return self._with_civ

    def _party_denies_harm(self) -> frozenset[int]:
        """Return the claims whose speaker's party denies harming civilians (:mod:`._status`)."""
        if self._denying is None:
            cols = self._cols
            self._denying = party_denies_harm(
                self.claims,
                lambda i: cols.pred_override.get(i, cols.pred_found[int(cols.pred_codes[i])]),
                lambda i: cols.subj_override.get(i, cols.subj_found[int(cols.subj_codes[i])]),
                lambda i: cols.speaker[i],
                self.vocabulary,
            )
        return self._denying

    def _perpetrators(self, i: int) -> tuple[Resolved | None, tuple[Resolved, ...]]:
        """Claim ``i``'s actor and perpetrators, read once for the accused's scenes and reports.

        The claim's record takes them (``__getitem__``): no copy is held for every claim.
        """
        found = self._perps.get(i)
        if found is None:
            found = self._perps[i] = self._read_perpetrators(i)
        return found

    def _read_perpetrators(self, i: int) -> tuple[Resolved | None, tuple[Resolved, ...]]:
        actor = self._actor(i)
        return actor, self._actors(i, actor)

    def _actors(self, i: int, actor: Resolved | None) -> tuple[Resolved, ...]:
        """Claim ``i``'s perpetrators, an unknown one read as the party it names, if one."""
        found = self._cols.actors(i, actor, self._country)
        if not any(hit.rule == KEY for hit in found):
            return found
        parties = self._local_parties()
        return tuple(parties.read(hit) for hit in found)

    def _local_parties(self) -> LocalParties:
        """Return the parties the input names several ways (:mod:`._parties`), read once."""
        if self._parties is None:
            cols = self._cols
            sources = {c.source for c in (*self.claims, *cols.context)}
            declared = [s for s in sources if party_key(s, cols.resolver) is not None]
            texts = {*cols.actor_raw, *(c.actor for c in cols.context if c.actor)}
            self._parties = LocalParties(texts, sources, declared, known_name(cols.resolver))
        return self._parties

    def _accused_scenes(self) -> dict[str, Resolved]:
        """Per party, the one place its accusations name (:mod:`._accused`), read once."""
        if self._scenes is None and self._cols.context:
            # the context's accusations count as the claims' own (read with them, once)
            mine = {c.id for c in self.claims}
            extra = list({c.id: c for c in self._cols.context if c.id not in mine}.values())
            if extra:
                whole = Resolution(_Columns([*self.claims, *extra], self._cols.resolver))
                self._scenes = whole._accused_scenes()
        if self._scenes is None:
            cols = self._cols

            def family(i: int) -> str | None:
                hit = cols.pred_override.get(i, cols.pred_found[int(cols.pred_codes[i])])
                return None if hit is None else getattr(hit.record, "family", None)

            def subject(i: int) -> str | None:
                hit = cols.subj_override.get(i, cols.subj_found[int(cols.subj_codes[i])])
                return None if hit is None else hit.id

            def place(i: int) -> Resolved | None:
                return cols.place(i) or cols.article_place(i)

            def actor(i: int) -> Resolved | None:
                return perpetrator(*self._perpetrators(i))

            def sites(i: int) -> frozenset[str]:
                claim = self.claims[i]
                return incident_sites(claim.subject, claim.place)

            self._scenes = accused_scenes(
                self.claims, self.vocabulary,
                actor=actor, family=family, subject=subject, place=place, sites=sites,
            )  # fmt: skip
        return self._scenes

    def _records(self) -> tuple[list[object], list[tuple[object, ...]], list[object]]:
        """Each claim's place, places and predicate *records*, as ``self[i]`` reads them.

        Read per distinct name (code), with no :class:`ClaimResolution` per claim: for bulk
        readers that need only these (relation's aggregates). None where nothing resolves;
        a place filled from the claim's report is its record (``self[i]`` marks its rule).
        """
        cols = self._cols
        place_of = [None if h is None else h.record for h in cols.place_found]
        parts_of = [tuple(h.record for h in parts) for parts in cols.place_parts]
        pred_of = [None if h is None else h.record for h in cols.pred_found]
        codes = cols.place_codes.tolist()
        place = [None if c < 0 else place_of[c] for c in codes]
        places = [() if c < 0 else parts_of[c] for c in codes]
        for i, hit in cols.place_override.items():
            place[i] = None if hit is None else hit.record
            places[i] = () if hit is None else (hit.record,)
        pred = [None if c < 0 else pred_of[c] for c in cols.pred_codes.tolist()]
        for i, hit in cols.pred_override.items():
            pred[i] = None if hit is None else hit.record
        return place, places, pred

    def __len__(self) -> int:
        return len(self.claims)

    def __iter__(self) -> Iterator[ClaimResolution]:
        return (self[i] for i in range(len(self.claims)))

    def speaker_key(self, key: str | int | Claim) -> str:
        """Return a key naming one speaker: the actor id when resolved, else the normalised name.

        Unnamed witnesses (*a resident*, *witnesses*, *Dorfbewohner*) are one class of
        speaker, ``~witnesses``; a named witness is their name. A speaker no vocabulary
        knows, named several ways within the input (rule ``local``), has its group's key:
        ``~`` and the group's smallest normalised name.

        Examples
        --------
        >>> import claimrec as cr
        >>> claims = [cr.Claim(source=s, subject="x", predicate="killed", id=s)
        ...           for s in ("GSIM", "a JNIM statement", "Kayes resident")]
        >>> res = cr.resolve(claims)
        >>> [res.speaker_key(c) for c in claims]
        ['JNIM', 'JNIM', '~witnesses']
        """
        i = self._index(key)
        return _speaker_key(self._cols.speaker[i], self.claims[i].source, self.vocabulary)

    def unresolved(self) -> tuple[Unresolved, ...]:
        """Return every field of every claim that resolves to nothing.

        Sorted by claim id, then field. A place name that fits several places and no
        context decides between is listed as ambiguous.

        Examples
        --------
        >>> import claimrec as cr
        >>> claim = cr.Claim(source="FAMa", subject="militants", predicate="sang",
        ...                  id="c")
        >>> [str(u) for u in cr.resolve([claim]).unresolved()]
        ["c: predicate 'sang' unknown"]
        """
        cols = self._cols
        out: list[Unresolved] = []
        speakers = cols.speaker
        for i, claim in enumerate(self.claims):
            cid = claim.id
            pred = cols.pred_override.get(i, cols.pred_found[int(cols.pred_codes[i])])
            if pred is None:
                out.append(_missing(cid, "predicate", claim.predicate, "unknown"))
            if cols.subj_override.get(i, cols.subj_found[int(cols.subj_codes[i])]) is None:
                out.append(_missing(cid, "subject", claim.subject, "unknown"))
            code = int(cols.place_codes[i])
            if code >= 0 and claim.place is not None and cols.place(i) is None:
                why = "ambiguous (no context decides)" if cols.place_amb[code] else "unknown"
                out.append(_missing(cid, "place", str(claim.place), why))
            speaker = speakers[i]
            if speaker is None or speaker.rule in (LOCAL, KEY):
                why = "unknown" if speaker is None else _local_reason(speaker, claim.source)
                out.append(_missing(cid, "speaker", claim.source.name, why))
        return tuple(sorted(out, key=lambda u: (u.claim_id, u.field)))

    def warn(self) -> None:
        """Warn (:class:`~claimrec.ClaimrecWarning`) per claim with an unknown predicate or subject.

        Places and speakers are not warned about: unknown witnesses and villages are
        common and are listed by :meth:`unresolved`.

        Examples
        --------
        >>> import warnings
        >>> import claimrec as cr
        >>> claim = cr.Claim(source="FAMa", subject="militants", predicate="sang",
        ...                  id="c")
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     cr.resolve([claim]).warn()
        >>> print(caught[0].message)
        claim 'c': predicate 'sang' resolves to nothing: it aligns only by its words
        """
        by_claim: dict[str, list[Unresolved]] = {}
        for item in self.unresolved():
            if item.field in ("predicate", "subject"):
                by_claim.setdefault(item.claim_id, []).append(item)
        for claim_id, items in by_claim.items():
            what = " and ".join(f"{u.field} {u.text!r}" for u in items)
            warnings.warn(
                f"claim {claim_id!r}: {what} resolves to nothing: it aligns only by its words",
                ClaimrecWarning,
                stacklevel=2,
            )

    def __repr__(self) -> str:
        return f"<Resolution claims={len(self.claims)} unresolved={len(self.unresolved())}>"


#: The subject class of people: a toll counts people.
_PEOPLE = "people"


def _article_of(claim: Claim) -> str | None:
    """Return the article that carries a claim: its report's address, else the report."""
    via = claim.via
    return None if via is None else (via.url or via.id)


def _local_reason(hit: Resolved, source: Source) -> str:
    """Why a speaker known only within the input is listed: unknown to the vocabulary."""
    if hit.rule == KEY:
        return f"unknown (an organ of {hit.name!r}, a party the vocabulary does not know)"
    group = hit.record if isinstance(hit.record, tuple) else ()
    names = {s.name for s in group if isinstance(s, Source)}
    others = sorted(names - {source.name})
    if not others:
        return "unknown"
    named = ", ".join(repr(name) for name in others[:3]) + (" ..." if len(others) > 3 else "")
    return f"unknown (one speaker within the input with {named})"


def _missing(claim_id: str, field: str, text: str, reason: str) -> Unresolved:
    return Unresolved(claim_id=claim_id, field=field, text=text, reason=reason)


def resolve(
    claims: Iterable[Claim],
    *,
    vocabulary: Vocabulary | None = None,
    context: Iterable[Claim] = (),
) -> Resolution:
    """Read every claim's names as identities: speaker, actor, places, predicate, subject...

    Parameters
    ----------
    claims : iterable of Claim
        Claim ids must be unique.
    vocabulary : Vocabulary, optional
        Defaults to :func:`~claimrec.vocab.default_vocabulary`.
    context : iterable of Claim, optional
        Other claims whose place names help read these claims' (those of the same report).

    Returns
    -------
    Resolution

    Raises
    ------
    InvalidClaimError
        For an item that is not a Claim or duplicate claim ids.

    Notes
    -----
    Rules, tried in order (the first that fires wins; its name is ``rule``):

    - *speaker*: ``exact`` (the source's name names one actor on the claim's date),
      ``alias`` (one of the source's aliases does), ``contained`` (the longest known
      actor name inside the source's name, whole words), ``fuzzy`` (a misspelling,
      RapidFuzz score at least 90), ``party`` (an organ of the source's party),
      ``described`` (a country's adjective with an organ word: *Nigerien officials*),
      ``local`` (a speaker no vocabulary knows, identified within the claims and their
      context: names, aliases, names inside one another and near-identical spellings of
      one speaker get one identity, score 0.7; witnesses and classes of people get none;
      still listed by :meth:`Resolution.unresolved`), ``linked`` (an unknown spelling
      one with known sources of a single speaker: that speaker), ``key`` (a state's or
      an armed group's organ whose declared party no vocabulary knows: that party, still
      listed by :meth:`Resolution.unresolved`);
    - *actor*: ``exact``, ``fuzzy``, ``scoped`` (by date and country), ``demonym`` (a
      perpetrator named only by a country's adjective: *frappe israélienne*);
      ``actors``: every perpetrator the claim names, a list part by part (``exact``,
      ``scoped``, ``contained``, ``demonym``; ``key`` for a body no vocabulary knows,
      ``unknown`` for no one in particular);
    - *predicate* and *subject*: ``exact`` (the longest vocabulary phrase in the text),
      ``modified`` (predicates: the phrase without words of manner, *regained full
      control of*), ``inflected`` (the same after crude English/French stemming of both sides:
      *pulled back*, *retreating*), ``fuzzy`` (predicates only: a misspelling scoring at
      least 90 on words of five letters or more, so that a different word that looks
      alike is never taken for another: *crashed* is not *clashed*), ``subject`` (a figure
      counts its subject: *comptait* 43 *morts* is a death toll), ``cause`` (an act
      stated without a value whose point is who did it: *blamed* or *responsibility*);
    - *place*: ``exact``, ``fuzzy``, ``near`` (*near X*, *north of X*, *près de X*),
      ``in`` (a site in X: *hospital in Gaza City*, *Kayes market*),
      ``region`` (*X region*), ``compound`` (parts nested in each other: the finest),
      ``list`` (parts side by side: the smallest place containing them), ``context``
      (an ambiguous or unknown name read against the other places of its report);
    - *stated*: ``stated`` (the claim says), ``origin report`` (the date of the first
      report of a relay chain), ``own report`` (the speaker's own publication); else
      unknown (None), never the relaying report's date;
    - *origin*: the first report of the relay chain (``relayed``), else the report.

    Examples
    --------
    >>> import claimrec as cr
    >>> tv = cr.Report(outlet="ORTM", published="2025-07-01", id="tv")
    >>> claim = cr.Claim(source="Mali's army", subject="assailants", predicate="neutralized",
    ...                  place="near Kayes", via=cr.Report(outlet="Wire", relays=tv), id="c")
    >>> rec = cr.resolve([claim])["c"]
    >>> rec.speaker.id, rec.subject.id, rec.place.id, rec.place.rule
    ('FAMa', 'militants', 'ml.kayes', 'near')
    >>> rec.stated.id, rec.stated.rule, rec.origin.id
    ('2025-07-01', 'origin report', 'tv')
    """
    items = _check_claims(claims)
    return Resolution(_Columns(items, _resolver(vocabulary), list(context)))


def _figure_of(claim: Claim) -> Resolved | None:
    """Return the claim's figure with its verb's (else its one figure) qualifier, or None.

    The verb's: ``_figure.verb_figure``; the qualifiers': ``_figure.qualifier_figure``.
    """
    figure = verb_figure(claim.predicate, claim.value)
    text, rule = claim.predicate, "verb"
    if figure is None:
        figure = qualifier_figure(claim.qualifiers, claim.value)
        text, rule = "; ".join(claim.qualifiers), "qualifier"
    if figure is None:
        return None
    return Resolved(
        id=str(figure), name=str(figure), text=text, score=0.9, rule=rule, record=figure,
    )  # fmt: skip
