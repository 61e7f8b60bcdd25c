"""What resolution yields: resolved identities, unresolved fields, per-claim records."""

from __future__ import annotations

from typing import Any, Final

import attrs

from claimrec.errors import InvalidClaimError
from claimrec.model import SourceKind
from claimrec.quantity import Quantity

#: Kinds of source that are parties to the fighting: a state, an armed group.
PARTY_KINDS: Final = frozenset({SourceKind.STATE, SourceKind.ARMED_GROUP})
#: Predicate families of a harm done to people, the families a toll counts: deaths, injuries.
HARM_FAMILIES: Final = frozenset({"casualties", "injuries"})

#: The fields a :class:`ClaimResolution` resolves, in the order they are shown.
FIELDS: Final = ("speaker", "actor", "place", "predicate", "subject", "stated", "origin")

#: Fields whose failure to resolve is listed by :meth:`Resolution.unresolved`.
LISTED: Final = ("place", "predicate", "speaker", "subject")


# --------------------------------------------------------------------------- records


def _to_score(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidClaimError("score", value, "must be a number in [0, 1]")
    number = round(float(value), 4)
    if not 0.0 <= number <= 1.0:
        raise InvalidClaimError("score", value, "must be in [0, 1]")
    return number


@attrs.frozen(kw_only=True)
class Resolved:
    """One identity read from a claim's text, with the score and the rule that fired.

    Parameters
    ----------
    id : str
        The identity: an actor id, a place id, a predicate id, a subject class id, an
        ISO date (``stated``) or a report id (``origin``).
    name : str
        Its readable name.
    text : str
        The text it was read from.
    score : float
        Confidence in [0, 1]: 1 for an exact name, less for an inflected, contained,
        fuzzy or context-dependent reading.
    rule : str
        The rule that fired (``"exact"``, ``"alias"``, ``"inflected"``, ``"fuzzy"``,
        ``"contained"``, ``"compound"``, ``"list"``, ``"near"``, ``"region"``,
        ``"context"``, ``"local"``, ``"stated"``, ``"origin report"``, ``"own report"``...).
    record : object, optional
        The vocabulary record (:class:`~claimrec.vocab.Actor`, :class:`~claimrec.vocab.Place`,
        :class:`~claimrec.vocab.Predicate`, :class:`~claimrec.vocab.SubjectClass`), the
        :class:`~claimrec.TimeSpan` or the :class:`~claimrec.Report`; for a speaker
        identified within the input (rule ``"local"``), the tuple of its sources; not
        compared.

    Examples
    --------
    >>> from claimrec.resolution import Resolved
    >>> r = Resolved(id="JNIM", name="JNIM", text="GSIM", score=1.0, rule="exact")
    >>> str(r)
    "'GSIM' -> JNIM (exact, 1.00)"
    """

    id: str
    name: str
    text: str
    score: float = attrs.field(converter=_to_score)
    rule: str
    record: object = attrs.field(default=None, eq=False, repr=False)

    def __str__(self) -> str:
        return f"{self.text!r} -> {self.id} ({self.rule}, {self.score:.2f})"


@attrs.frozen(kw_only=True)
class Unresolved:
    """A field of a claim that resolves to nothing: listed, never silently left out.

    Parameters
    ----------
    claim_id : str
    field : str
        ``"predicate"``, ``"subject"``, ``"place"`` or ``"speaker"``.
    text : str
        The text that could not be read.
    reason : str
        Why, in words (unknown, or ambiguous between named candidates).

    Examples
    --------
    >>> from claimrec.resolution import Unresolved
    >>> u = Unresolved(claim_id="c1", field="predicate", text="sang", reason="unknown")
    >>> str(u)
    "c1: predicate 'sang' unknown"
    """

    claim_id: str
    field: str
    text: str
    reason: str

    def __str__(self) -> str:
        return f"{self.claim_id}: {self.field} {self.text!r} {self.reason}"


#: What a denial may deny (:attr:`Denial.target`), see ``docs/resolution.md``.
TARGETS: Final = ("event", "perpetrator", "means", "figure", "confirmation", "unknown")


def _to_target(value: Any) -> str:
    if value not in TARGETS:
        raise InvalidClaimError("target", value, f"must be one of {', '.join(TARGETS)}")
    return str(value)


def _to_figures(value: Any) -> tuple[Quantity, ...]:
    return tuple(value)


def _to_means(value: Any) -> frozenset[str]:
    if isinstance(value, str) or not all(isinstance(v, str) for v in value):
        raise InvalidClaimError("means", value, "must be a collection of str")
    return frozenset(value)


@attrs.frozen(kw_only=True)
class Account:
    """An account of how the victims died by a cause that is no deliberate killing.

    Parameters
    ----------
    means : frozenset of str
        The means named: ``accident``, ``explosion``, ``fire``, ``crossfire``,
        ``fighting``, ``misfire`` (an accidental explosion names two).
    blames : Resolved or None
        The known actor it blames (whose munitions, whose bullets), if one.
    named : bool
        True when it names a party (known or not) as the one behind the means; always
        for a misfire (someone fired it, by mistake).
    text : str
        The words that told.
    struck : Resolved or None
        For a strike on munitions stored there (*an air strike on a depot where weapons
        were stored*): the party whose strike it was (the claim's perpetrator), read
        exactly; the stored munitions are another's (``blames``: whose depot). None for
        every other account.

    Examples
    --------
    >>> import claimrec as cr
    >>> claim = cr.Claim(source="Ruritanian army", subject="the deaths", predicate="caused by",
    ...                  value="an accidental explosion of fuel containers", id="c")
    >>> print(cr.resolve([claim])["c"].account)
    accident, explosion: 'an accidental explosion of fuel containers'
    """

    means: frozenset[str]
    blames: Resolved | None = None
    named: bool = False
    text: str = ""
    struck: Resolved | None = None

    def __str__(self) -> str:
        who = "" if self.blames is None else f" (blames {self.blames.id})"
        if self.blames is None and self.named:
            who = " (blames a party)"
        if self.struck is not None:
            who += f" (struck by {self.struck.id})"
        return f"{', '.join(sorted(self.means))}: {self.text!r}{who}"


@attrs.frozen(kw_only=True)
class Denial:
    """What a denial denies, read from its words: the event, a perpetrator, a means, a figure.

    Parameters
    ----------
    target : str
        ``"event"`` (it did not happen: *staged*, *no civilians were harmed*),
        ``"perpetrator"`` (not us, not them: *denies involvement*, *did not carry out*),
        ``"means"`` (not with that: *did not use chemical weapons*), ``"figure"`` (not that
        many: a denied figure, *exaggerated*), ``"confirmation"`` (only that it is
        confirmed: *could not verify*, *unconfirmed*; it contradicts nothing) or
        ``"unknown"`` (nothing tells).
    rule : str
        The rule that fired (``"unconfirmed"``, ``"value"``, ``"figure words"``,
        ``"responsibility"``, ``"fabricated"``, ``"harm"``, ``"perpetrator words"``,
        ``"means"``, ``"own act"``, ``"own doing"``, ``"act"``, ``"claim"``, ``"none"``).
    score : float
        Confidence in [0, 1] (0 for ``"unknown"``).
    text : str
        The words that told (empty when nothing did).
    perpetrator : Resolved or None
        For a perpetrator denial: the actor named, else the speaker (its own party).
    means : frozenset of str
        The means the denial names (``"chemical"``, ``"air"``, ``"drone"``): a means
        denial, or an event denial of an act done with it (*the chemical attack was staged*).
    in_words : bool
        True when the claim is asserted yet denies in its words (*the attack was staged*,
        *rejected the accusations*): relations read it as a denial.
    rejects : Resolved or None
        For a rejection of another party's report or accusations (rule ``"rejection"``:
        *rejected the Ukrainian leader's accusations*, *a réfuté les conclusions d'un
        rapport de l'Onu*), the party whose report or accusations its object names (a
        known actor read exactly); None when it names none (*estas conclusiones*, *the
        allegations*) and for any other denial.
    whose : Resolved or None
        For a denial of another speaker's claim (rule ``"claim"``: *disputed the figure*,
        *the Somali president's figure is not true*, *le bilan livré par les Shebab*), the
        speaker whose claim it denies: named in its subject, else the one other side whose
        tolls its article carries. None for any other denial.
    figures : tuple of Quantity
        For a denial of another speaker's claim, the figures that speaker gives in the
        denial's article (and the denial's own figure): the figures denied. Empty when
        the article carries none.

    Examples
    --------
    >>> import claimrec as cr
    >>> claim = cr.Claim(source="Ruritanian government", subject="chemical weapons",
    ...                  predicate="used", polarity="denied", place="Kayes", id="c")
    >>> print(cr.resolve([claim])["c"].denies)
    means (means, 0.80): 'chemical weapons' [chemical]
    """

    target: str = attrs.field(converter=_to_target)
    rule: str
    score: float = attrs.field(converter=_to_score)
    text: str = ""
    perpetrator: Resolved | None = None
    means: frozenset[str] = attrs.field(factory=frozenset, converter=_to_means)
    in_words: bool = False
    rejects: Resolved | None = None
    whose: Resolved | None = None
    figures: tuple[Quantity, ...] = attrs.field(default=(), converter=_to_figures)

    def __str__(self) -> str:
        out = f"{self.target} ({self.rule}, {self.score:.2f})"
        if self.text:
            out += f": {self.text!r}"
        if self.perpetrator is not None:
            out += f" -> {self.perpetrator.id}"
        if self.means:
            out += f" [{', '.join(sorted(self.means))}]"
        if self.in_words:
            out += " (asserted, denies in its words)"
        if self.rejects is not None:
            out += f" (rejects {self.rejects.id}'s)"
        if self.whose is not None:
            told = ", ".join(str(q) for q in self.figures)
            out += f" (denies {self.whose.id}'s claim{': ' + told if told else ''})"
        return out

    def describe(self) -> str:
        """Return what is denied, in words for a reason ("the event", "who did it (FAMa)")."""
        means = f" ({', '.join(sorted(self.means))})" if self.means else ""
        if self.target == "event":
            return f"that the event happened{means}"
        if self.target == "perpetrator":
            who = self.perpetrator.id if self.perpetrator is not None else "its own side"
            return f"who did it ({who})"
        if self.target == "means":
            return f"the means{means}"
        if self.target == "figure" and self.whose is not None:
            told = ", ".join(str(q) for q in self.figures)
            return f"{self.whose.id}'s figure{' (' + told + ')' if told else ''}"
        if self.target == "figure":
            return "the figure"
        if self.target == "confirmation":
            return "only that it is confirmed, not that it is false"
        return "something it does not say (what it denies is unknown)"


@attrs.frozen(kw_only=True)
class ClaimResolution:
    """Everything one claim's text resolves to (each field a :class:`Resolved` or None).

    Parameters
    ----------
    claim_id : str
    speaker, actor, place, predicate, subject, stated, origin : Resolved or None
        See :func:`resolve`.
    figure : Resolved or None
        The claim's figure with the qualifier its verb states (*could be up to* 60 is
        *up to 60*: ``record`` is the :class:`~claimrec.Quantity`, rule ``"verb"``);
        None when the verb states none or the value carries its own.
    places : tuple of Resolved
        Every place the claim names (a list names several; ``place`` stands for them).
    actors : tuple of Resolved
        Every perpetrator the claim names, each by its rule: the parts of a list (*M23
        and Rwandan troops*: ``exact``, ``scoped``, ``contained``, ``demonym``, never by
        resemblance), else ``actor``; a name no vocabulary knows has its identity key
        (rule ``key``, id ``~`` and its words: *the Wagner Group*, *groupe Wagner*), a
        name of no one in particular rule ``unknown`` (*foreign fighters*). ``actor``
        stays the one reading of the whole text, for code that reads one.
    sites : frozenset of str
        The kinds of site its subject and place name (*hospital*, *station*, *market*:
        incident words, in any of the shipped languages).
    stated_by, happened_by : Resolved or None
        Upper bounds (``record``: a :class:`~claimrec.TimeSpan`, its last day the bound):
        by when the statement was made (the statement time itself, ``stated``, with its
        rule; else ``report chain`` or ``report address``: the day of the earliest dated
        report that relays it) and by when its event began (``event time``, the claim's
        ``when``; else the statement's bound). A report's date is never the statement
        time (``stated`` stays unknown); see ``docs/time.md``.
    article_place : Resolved or None
        For a claim that names no place and whose report's claims name none, the one
        place its article's other claims name (one address relaying several statements;
        rule ``article``). Evidence that two accounts of who did it speak of one event,
        never the claim's place.
    named_place : Resolved or None
        For a claim that names no place (and whose report's claims name none), the one
        place its subject or predicate names after a preposition (*deaths in Kishishe*,
        *la cárcel de Olenivka*; rule ``subject``): a gazetteer place finer than a region,
        else an unknown capitalised name (id ``~`` and its place key). Evidence that two
        accounts speak of one event, never the claim's place.
    period : Resolved or None
        For a claim with no ``when``, the span one of its qualifiers states (rule
        ``qualifier``, ``record`` a :class:`~claimrec.TimeSpan`: *between Nov. 2022 and
        Apr. 2023*): what a count or an act spans. Never the event time itself.
    accused_place : Resolved or None
        For a claim whose place is not read (none stated, or words the gazetteer does
        not know) and that names a party as the one who did it (or denies its role: "M23
        denies responsibility for the massacre"), the one place where the collection's
        (and the context's) accusations of that party are placed: its asserted acts,
        tolls and blames of harm to people, to the act itself or to a named kind of
        site, at places nested in one another (the finest), on event times that
        overlap, at no two kinds of site (rule ``accused``; ``_accused``). Evidence that
        two accounts of who did it speak of one event, never the claim's place.
    person : str or None
        The person who speaks for the speaker's body, when the source names one (*Lt.
        Col. Jane Roe* for the army): the words of the name. Two people of one body make
        two statements, never one relayed (see ``docs/resolution.md``). When the source
        names none, the author of the relayed statement's record, if it names one.
    medium : str or None
        The kind of statement the relayed statement's record names in its title:
        ``"written"`` (a statement, a communiqué), ``"spoken"`` (an interview, words *to
        AFP*, a briefing) or ``"post"`` (a tweet, a Telegram post); None when it names
        none. Words said to a reporter and a body's communiqué are two statements.
    claimant : Resolved or None
        For an asserted claim of responsibility (its predicate resolves to the concept
        ``responsibility``: *claimed*, *a revendiqué*, *se atribuyó la autoría*), the
        actor whose claim it reports: the actor its value names (rule ``value``: *the
        attack was claimed by TRF*), else its ``actor`` (rule ``actor``), else its speaker
        (rule ``speaker``: TRF saying it claimed the attack). A claim of responsibility is
        one statement of its claimant: whoever repeats it relays that statement (the
        graph never counts two such claims as two voices). ``id`` is the resolved actor's,
        else ``text:`` and the words. None for any other claim and for a denial (*no group
        has claimed it*: each outlet's own observation).
    denies : Denial or None
        For a denial, what it denies (:class:`Denial`: the event, a perpetrator, a means,
        a figure, or unknown), read from its predicate, subject, qualifiers, actor and
        speaker; for an asserted claim that denies in its words (*the attack was staged*),
        the event. None for an assertion.
    nation : str or None
        The one country whose adjective the subject gives its people (*Palestinian
        civilians*, *soldats maliens*: ``PS``, ``ML``), an ISO code; None when the subject
        names none, or two.
    country : Resolved or None
        The country of the claim's event (``id`` its ISO code), by the strongest evidence
        (rule ``place``: its resolved place; ``place words``: a country its place's words
        name, *norte de Camerún*; ``report``: its report's places, all in one country;
        ``words``: a country its subject or predicate names as where it happened, *killed
        in Cameroon*, never a party's nationality, *a US airstrike*; ``title``: the same
        in its report's title; ``speaker``: the one country its speaker operates in).
        None when nothing tells, or when the strongest evidence names several countries
        (a place across borders, an international total). Claims of two known countries
        are never one item nor one event (``docs/resolution.md``).
    account : Account or None
        How the victims died, when the claim says it was by no deliberate killing: an
        accident, the explosion of munitions or fuel stored there, a fire, crossfire or
        stray bullets, fighting between two sides (:class:`Account`: the means, the party
        blamed if any; *caused by*: *an accidental explosion of fuel containers*).

    with_civilians : bool
        For an asserted toll of fighters (a kind of people that excludes civilians),
        whether its speaker, in the same report, also counts civilians dead (*7
        separatist fighters* beside *a woman and four children*): the toll then says who
        else died, not who the victims were (``_status.with_civilians``).
    party_denies_harm : bool
        For an asserted claim of a party that fights (its speaker a state's or an armed
        group's, with a party), whether a speaker of that party denies, in the collection,
        that civilians were killed or attacked (*the RSF denies targeting civilians*): its
        act on a military target is then its account of who was hit
        (``_status.party_denies_harm``).
    civilian_marks : bool
        For a toll whose subject does not say its dead were civilians (*people*, *men*),
        whether its own words mark them so: a qualifier or the subject naming civilians or a
        kind of them (*including children*, *dont des enfants*) or a civilian gathering
        (*during a wedding ceremony*) (``_status.civilian_marks``). A perpetrator's toll of
        fighters never supports such a toll (``relation/_victims.py``).

    Examples
    --------
    >>> import claimrec as cr
    >>> claim = cr.Claim(source="FAMa", subject="terrorists", predicate="neutralised",
    ...                  place="Ansongo, Bourem and Gao", id="c")
    >>> rec = cr.resolve([claim])["c"]
    >>> [p.id for p in rec.places], rec.place.id, rec.place.rule
    (['ml.ansongo', 'ml.bourem', 'ml.gao'], 'ml.gao-region', 'list')
    >>> rec.subject.id, rec.predicate.id, rec.stated
    ('militants', 'killed', None)
    """

    claim_id: str
    speaker: Resolved | None = None
    actor: Resolved | None = None
    place: Resolved | None = None
    places: tuple[Resolved, ...] = ()
    actors: tuple[Resolved, ...] = ()
    predicate: Resolved | None = None
    subject: Resolved | None = None
    stated: Resolved | None = None
    origin: Resolved | None = None
    sites: frozenset[str] = frozenset()
    person: str | None = None
    medium: str | None = None
    figure: Resolved | None = None
    denies: Denial | None = None
    stated_by: Resolved | None = None
    happened_by: Resolved | None = None
    article_place: Resolved | None = None
    named_place: Resolved | None = None
    period: Resolved | None = None
    accused_place: Resolved | None = None
    claimant: Resolved | None = None
    nation: str | None = None
    country: Resolved | None = None
    account: Account | None = None
    with_civilians: bool = False
    party_denies_harm: bool = False
    civilian_marks: bool = False

    def explain(self) -> str:
        """Return one line per field: what it resolved to and by which rule.

        Examples
        --------
        >>> import claimrec as cr
        >>> claim = cr.Claim(source="GSIM", subject="soldiers", predicate="killed", id="c")
        >>> print(cr.resolve([claim])["c"].explain())  # doctest: +NORMALIZE_WHITESPACE
        c
          speaker    'GSIM' -> JNIM (exact, 1.00)
          actor      -
          place      -
          predicate  'killed' -> killed (exact, 1.00)
          subject    'soldiers' -> soldiers (exact, 1.00)
          stated     -
          origin     -
        """
        lines = [self.claim_id]
        for name in FIELDS:
            found = getattr(self, name)
            lines.append(f"  {name:<10} {found if found is not None else '-'}")
            if name == "place" and found is not None and found.id.startswith("local:"):
                # only for a place no gazetteer knows (resolution._localplaces)
                lines.append(f"  {'':<10} (a place identified within the input: an identity "
                             "within this call only)")
        if self.country is not None and (
            self.place is None or self.place.id.startswith("local:")
        ):  # only when no known place already says it
            lines.append(f"  {'country':<10} {self.country}")
        if len(self.actors) > 1:  # only when the claim names several perpetrators
            lines.append(f"  {'actors':<10} " + "; ".join(str(hit) for hit in self.actors))
        if self.figure is not None:  # only when the verb states the figure's qualifier
            lines.append(f"  {'figure':<10} {self.figure}")
        if self.claimant is not None:  # only for a claim of responsibility
            lines.append(f"  {'claimant':<10} {self.claimant}")
        if self.denies is not None:  # only for a denial
            lines.append(f"  {'denies':<10} {self.denies}")
        if self.account is not None:  # only for an account of how the victims died
            lines.append(f"  {'account':<10} {self.account}")
        if self.period is not None:  # only when a qualifier states the span
            lines.append(f"  {'period':<10} {self.period}")
        for name, bound in (("stated by", self.stated_by), ("event by", self.happened_by)):
            if bound is not None and bound.rule in ("report chain", "report address"):
                # only a bound the reports give: the claim's own times are shown above
                lines.append(f"  {name:<10} {bound}")
        return "\n".join(lines)
