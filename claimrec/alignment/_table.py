"""The claims as arrays of codes, each distinct string resolved once."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from claimrec._text import normalize
from claimrec.alignment._common import (
    _DAY_S,
    _DENSE_MAX,
    _INCIDENT_FAMILIES,
    _P_CONTAINS,
    _P_DISJOINT,
    _P_SAME,
    _P_WITHIN,
    _POINTS,
    _RELATIONS,
    _S_BROADER,
    _S_EXCLUSIVE,
    _S_NARROWER,
    _S_OTHER,
    _S_SAME,
    F64,
    I32,
    I64,
    B,
)
from claimrec.model import Claim
from claimrec.resolution import Resolved
from claimrec.resolution._bounds import url_date as _url_date
from claimrec.resolution._columns import _codes, _Columns
from claimrec.resolution._geography import _path, _relate_places, is_local
from claimrec.resolution._resolver import _Resolver
from claimrec.resolution._sites import _place_key
from claimrec.resolution._words import _place_core
from claimrec.timespan import TimeSpan
from claimrec.vocab import (
    Actor,
    Place,
    PlaceKind,
    PlaceRelation,
    Predicate,
    SubjectClass,
    Vocabulary,
)


class _Places:
    """Codes of the resolved places and their ancestors, for vectorised relations."""

    __slots__ = (
        "anc",
        "by_id",
        "cache",
        "depth",
        "is_area",
        "is_point",
        "objects",
        "vocab",
    )

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.by_id: dict[str, int] = {}
        self.objects: list[Place] = []
        self.cache: dict[tuple[int, int], int] = {}
        self.depth = np.zeros(0, dtype=np.int32)
        self.anc = np.zeros((0, 1), dtype=np.int32)
        self.is_area = np.zeros(0, dtype=np.bool_)
        self.is_point = np.ones(1, dtype=np.bool_)  # the last entry stands for "no place"

    def codes(self, places: Sequence[Place | None]) -> I32:
        paths: list[tuple[Place, ...]] = []
        for place in places:
            if place is not None and place.id not in self.by_id:
                path = _path(self.vocab, place)
                for node in path:
                    if node.id not in self.by_id:
                        self.by_id[node.id] = len(self.objects)
                        self.objects.append(node)
                        paths.append(_path(self.vocab, node))
        if paths:
            self._grow(paths)
        return np.array([-1 if p is None else self.by_id[p.id] for p in places], dtype=np.int32)

    def _grow(self, paths: list[tuple[Place, ...]]) -> None:
        depth = max(len(p) for p in paths)
        width = max(depth, self.anc.shape[1])
        anc = np.full((len(self.objects), width), -1, dtype=np.int32)
        old = self.anc.shape[0]
        anc[:old, : self.anc.shape[1]] = self.anc
        depths = np.zeros(len(self.objects), dtype=np.int32)
        depths[:old] = self.depth
        for row, path in enumerate(paths, start=old):
            depths[row] = len(path) - 1
            anc[row, : len(path)] = [self.by_id[p.id] for p in path]
        self.anc, self.depth = anc, depths
        self.is_area = np.array([p.kind is PlaceKind.AREA for p in self.objects], dtype=np.bool_)
        self.is_point = np.array([p.kind in _POINTS for p in self.objects] + [True], np.bool_)

    def relate(self, a: I32, b: I32) -> npt.NDArray[np.int8]:
        """Relation codes of places ``a`` to ``b`` (both resolved), as Gazetteer.relate."""
        out = np.full(len(a), _P_DISJOINT, dtype=np.int8)
        if not len(a):
            return out
        da, db = self.depth[a], self.depth[b]
        anc = self.anc
        within = (db < da) & (anc[a, db] == b)
        contains = (da < db) & (anc[b, np.minimum(da, anc.shape[1] - 1)] == a)
        out[within] = _P_WITHIN
        out[contains] = _P_CONTAINS
        out[a == b] = _P_SAME
        # A place filed under a coarse parent next to a finer container of that parent,
        # and every pair involving an area, take the gazetteer's own reading.
        ka, kb = np.maximum(da - 1, 0), np.maximum(db - 1, 0)
        parent_a_above_b = (da >= 1) & (da - 1 < db) & (anc[b, ka] == anc[a, ka])
        parent_b_above_a = (db >= 1) & (db - 1 < da) & (anc[a, kb] == anc[b, kb])
        hard = (out == _P_DISJOINT) & (
            self.is_area[a] | self.is_area[b] | parent_a_above_b | parent_b_above_a
        )
        if hard.any():
            width = len(self.objects)
            keys, inverse = np.unique(
                a[hard].astype(np.int64) * width + b[hard], return_inverse=True
            )
            codes = np.array(
                [self._relate_one(*divmod(k, width)) for k in keys.tolist()], dtype=np.int8
            )
            out[hard] = codes[inverse.reshape(-1)]
        return out

    def _relate_one(self, a: int, b: int) -> int:
        key = (a, b)
        code = self.cache.get(key)
        if code is None:
            # one question per pair of places: the gazetteer's relate(b, a) is always the
            # converse of relate(a, b) (documented, and tested on every pair of places)
            rel = PlaceRelation(_relate_places(self.vocab, self.objects[a], self.objects[b]))
            code = self.cache[key] = _RELATIONS.index(rel.value)
            self.cache[(b, a)] = _RELATIONS.index(rel.converse().value)
        return code


class _Table:
    """The claims as arrays of codes, each distinct string resolved once."""

    __slots__ = (
        "actor",
        "actor_objs",
        "actor_rel",
        "actor_sim",
        "actor_text",
        "claims",
        "cols",
        "country",
        "country_names",
        "event_sim",
        "event_text",
        "fam",
        "fam_free",
        "fam_hard",
        "fam_names",
        "ids",
        "n",
        "place",
        "place_amb",
        "place_beside",
        "place_cands",
        "place_ev",
        "place_local",
        "place_name",
        "place_name_sim",
        "place_near",
        "place_out",
        "place_script",
        "place_sim",
        "place_site",
        "place_text",
        "places",
        "pred",
        "pred_names",
        "pred_rel",
        "pred_sim",
        "pred_text",
        "rank",
        "subj",
        "subj_broad",
        "subj_names",
        "subj_rel",
        "subj_sim",
        "subj_text",
        "t_bound",
        "t_end",
        "t_known",
        "t_start",
    )

    def __init__(
        self,
        claims: Sequence[Claim],
        resolver: _Resolver,
        context: Sequence[Claim] = (),
        columns: _Columns | None = None,
    ) -> None:
        n = self.n = len(claims)
        cols = self.cols = _Columns(claims, resolver, context) if columns is None else columns
        self.claims = claims
        self.ids = [c.id for c in claims]
        self.rank = _ranks(self.ids)

        # predicates -> family (blocking), predicate id, text key for unknown predicates
        pred_codes, pred_raw = cols.pred_codes, cols.pred_raw
        preds: list[Predicate | None] = [_record(h, Predicate) for h in cols.pred_found]
        extra = [_record(h, Predicate) for h in cols.pred_override.values()]
        families = sorted({p.family for p in [*preds, *extra] if p is not None})
        self.fam_names = [*families, "?"]
        fam_index = {f: i for i, f in enumerate(families)}
        unknown_fam = len(families)
        self.fam_hard = np.array(
            [f in resolver.hard_families for f in self.fam_names], dtype=np.bool_
        )
        self.fam_free = np.array([f in _INCIDENT_FAMILIES for f in self.fam_names], np.bool_)
        self.pred_names = sorted({p.id for p in [*preds, *extra] if p is not None})
        pid_index = {p: i for i, p in enumerate(self.pred_names)}
        by_raw_fam = np.array(
            [unknown_fam if p is None else fam_index[p.family] for p in preds] or [0],
            dtype=np.int32,
        )
        by_raw_pid = np.array(
            [-1 if p is None else pid_index[p.id] for p in preds] or [0], dtype=np.int32
        )
        self.fam = by_raw_fam[pred_codes]
        self.pred = by_raw_pid[pred_codes]
        if cols.pred_override:  # a verb that says nothing, read from its subject
            for i, override in cols.pred_override.items():
                verb = _record(override, Predicate)
                if verb is None or verb.family not in fam_index:
                    continue
                self.fam[i] = fam_index[verb.family]
                self.pred[i] = pid_index.get(verb.id, -1)
        self.pred_text, pred_keys = _keyed(pred_codes, pred_raw)
        self.pred_sim = _Texts(pred_keys, fuzz.ratio)
        self.pred_rel = _predicate_relations(resolver, self.pred_names)

        # subjects -> class (or -1) and text key
        subj_codes, subj_raw = cols.subj_codes, cols.subj_raw
        classes = [_record(h, SubjectClass) for h in cols.subj_found]
        more = [_record(h, SubjectClass) for h in cols.subj_override.values()]
        self.subj_names = sorted({c.id for c in [*classes, *more] if c is not None})
        cls_index = {c: i for i, c in enumerate(self.subj_names)}
        by_raw_cls = np.array(
            [-1 if c is None else cls_index[c.id] for c in classes] or [0], dtype=np.int32
        )
        self.subj = by_raw_cls[subj_codes]
        for i, named in cols.subj_override.items():
            cls = _record(named, SubjectClass)
            if cls is not None and cls.id in cls_index:
                self.subj[i] = cls_index[cls.id]
        self.subj_text, subj_keys = _keyed(subj_codes, subj_raw)
        self.subj_sim = _Texts(subj_keys, fuzz.token_sort_ratio)
        self.subj_rel = _subject_relations(resolver, self.subj_names)
        narrower = {c.broader for c in resolver.vocab.subjects if c.broader is not None}
        self.subj_broad = np.array(
            [name in narrower for name in self.subj_names] + [False], dtype=np.bool_
        )

        # places -> resolved place (or -1), ambiguity, country (or -1), text key
        place_codes, place_raw = cols.place_codes, cols.place_raw
        resolved = [_record(h, Place) for h in cols.place_found]
        # a place identified within the input (resolution's rule ``local``) is compared
        # by its words, as before it had an identity, and is the same place as another
        # string of its identity (``place_local``: the code of its id, -1 for none)
        local_ids = sorted({p.id for p in resolved if is_local(p)})
        local_index = {pid: k for k, pid in enumerate(local_ids)}
        by_raw_local = np.array(
            [local_index[p.id] if is_local(p) else -1 for p in resolved] + [-1],
            dtype=np.int32,
        )
        self.place_local = by_raw_local[place_codes]
        resolved = [None if is_local(p) else p for p in resolved]
        ambiguous = cols.place_amb
        per_claim = {i: _record(h, Place) for i, h in cols.place_override.items()}
        self.places = _Places(resolver.vocab)
        by_raw_place = self.places.codes(resolved) if resolved else np.zeros(1, np.int32)
        self.place = np.where(place_codes >= 0, by_raw_place[place_codes], -1).astype(np.int32)
        self.place_amb = (
            np.array(ambiguous, dtype=np.bool_)[place_codes] & (place_codes >= 0)
            if ambiguous
            else np.zeros(n, dtype=np.bool_)
        )
        if per_claim:
            idx = np.fromiter(per_claim, dtype=np.int64, count=len(per_claim))
            self.place[idx] = self.places.codes(list(per_claim.values()))
            self.place_amb[idx] &= self.place[idx] < 0
            self.place_local[idx] = -1
        self.place_ev = _evidence_places(cols, self.places, (place_codes < 0) & (self.place < 0))
        # The places an ambiguous name may be (CSR by raw name code).
        cand_lists = [
            self.places.codes(resolver.vocab.places.resolve(t)) if amb else np.zeros(0, np.int32)
            for t, amb in zip(place_raw, ambiguous, strict=True)
        ]
        ptr = np.zeros(len(cand_lists) + 1, dtype=np.int64)
        ptr[1:] = np.cumsum([len(c) for c in cand_lists])
        flat = np.concatenate(cand_lists) if cand_lists else np.zeros(0, np.int32)
        self.place_cands = (np.where(self.place_amb, place_codes, -1).astype(np.int32), ptr, flat)
        # Names are compared by their words (every part of a compound; a site by its name,
        # not its kind), a resolved place by those and its gazetteer name's: an unknown
        # "Moura" is in "zone de Moura, cercle de Djenné", read as Djenné
        by_raw_key = dict(zip(place_raw, cols.place_keys, strict=True))
        place_text, place_keys = _keyed(place_codes, place_raw, by_raw_key.__getitem__)
        key_index = {k: i for i, k in enumerate(place_keys)}
        self.place_text = place_text
        placed = np.flatnonzero(self.place >= 0)
        if len(placed):
            width = len(self.places.objects) + 1
            combo = place_codes[placed].astype(np.int64) * width + self.place[placed]
            combos, first, inverse = np.unique(combo, return_index=True, return_inverse=True)
            codes = np.empty(len(combos), dtype=np.int32)
            for k, joint in enumerate(combos.tolist()):
                raw, code = divmod(joint, width)
                name = _place_key(self.places.objects[code].name)
                words = place_keys[place_text[placed[first[k]]]] if raw >= 0 else ""
                key = " ".join(dict.fromkeys((*words.split(), *name.split())))
                codes[k] = key_index.setdefault(key, len(key_index))
            self.place_text = self.place_text.copy()
            self.place_text[placed] = codes[inverse.reshape(-1)]
        def key_codes(keys: Sequence[str]) -> I32:
            """Each claim's code of the key its place string was given (-1: none)."""
            by_raw = np.array(
                [key_index.setdefault(k, len(key_index)) if k else -1 for k in keys] or [-1],
                dtype=np.int32,
            )
            return np.where(place_codes >= 0, by_raw[place_codes], -1).astype(np.int32)

        # the places the input's own compounds put a name in ("Koshobe": Zabarmari), and
        # near ("Zabarmari, 20 km from Maiduguri"); the claims whose place was read as near
        # a known one
        self.place_out = key_codes(cols.place_outer)
        self.place_beside = key_codes(cols.place_beside)
        near = [hit is not None and hit.rule == "near" for hit in cols.place_found]
        self.place_near = np.array([*near, False], dtype=np.bool_)[place_codes]
        # a site that lies inside a town: the input's compounds may put it in a known one
        self.place_site = np.array([*cols.place_site, False], dtype=np.bool_)[place_codes]
        # token_set_ratio: "Gaza City hospital" is in "al-Ahli hospital in Gaza City"; a
        # slower scorer, so only the pairs asked for are scored (no dense matrix)
        self.place_sim = _Texts(list(key_index), fuzz.token_set_ratio, dense_max=0)
        # A name's spelling is also compared as it was before the place key: the name as
        # given, a resolved place by its gazetteer name alone. A misspelt "Kogim" is "Kogam"
        # misspelt; against the key "kogaam kogam" (the words and the name joined) it scores
        # 0.47, against "kogam" 0.80. The place feature takes the better of the two.
        name_text, name_keys = _keyed(place_codes, place_raw, _place_core)
        name_index = {k: i for i, k in enumerate(name_keys)}
        gazetteer_code = np.array(
            [name_index.setdefault(normalize(p.name), len(name_index)) for p in self.places.objects]
            + [-1],
            dtype=np.int32,
        )
        self.place_name = np.where(
            self.place >= 0, gazetteer_code[self.place], name_text
        ).astype(np.int32)
        self.place_name_sim = _Texts(list(name_index), fuzz.token_set_ratio, dense_max=0)
        # the scripts a claim's place is written in (the name as given and, when resolved,
        # its gazetteer name): keys are transliterated (*دوما* keys as *dwm*), and a
        # spelling compared across scripts can say "same", never "different"
        raw_script = np.array([_scripts(t) for t in place_raw] + [0], dtype=np.int64)
        gazetteer_script = np.array(
            [_scripts(p.name) for p in self.places.objects] + [0], dtype=np.int64
        )
        self.place_script = raw_script[place_codes] | gazetteer_script[self.place]
        # the country of each claim's event (resolution's one reading): claims of two
        # known countries never meet in a block, so never in one item
        country_of = [None if (hit := cols.country(i)) is None else hit.id for i in range(n)]
        self.country_names = sorted({c for c in country_of if c is not None})
        c_index = {c: i for i, c in enumerate(self.country_names)}
        self.country = np.array(
            [-1 if c is None else c_index[c] for c in country_of], dtype=np.int32
        ).reshape(n)

        # event times, in seconds
        self.t_start, self.t_end, self.t_known = _times([c.when for c in claims])
        # a claim with no event time still speaks of an event before its statement or
        # its report: an event that began later is another one
        self.t_bound = np.array([_bound(c) for c in claims], dtype=np.int64)

        # actors -> resolved actor (or -1) and text key
        actor_codes, actor_raw = cols.actor_codes, cols.actor_raw
        self.actor_objs: list[Actor] = []
        a_index: dict[str, int] = {}

        def code_of(actor: Actor | None) -> int:
            if actor is None:
                return -1
            found = a_index.get(actor.id)
            if found is None:
                found = a_index[actor.id] = len(self.actor_objs)
                self.actor_objs.append(actor)
            return found

        by_raw_actor = np.full(max(len(actor_raw), 1), -1, dtype=np.int32)
        for k, found_actor in enumerate(cols.actor_found):
            by_raw_actor[k] = code_of(_record(found_actor, Actor))
        self.actor = np.where(actor_codes >= 0, by_raw_actor[actor_codes], -1).astype(np.int32)
        country_names = self.country_names
        country = self.country

        def country_at(i: int) -> str | None:
            code = int(country[i])
            return country_names[code] if code >= 0 else None

        for i, scoped in cols.scoped_actors(country_at).items():
            self.actor[i] = code_of(_record(scoped, Actor))
        self.actor_text, actor_keys = _keyed(actor_codes, actor_raw)
        self.actor_sim = _Texts(actor_keys, fuzz.ratio)
        self.actor_rel = _actor_relations(resolver, self.actor_objs)

        # event labels
        event_codes, event_raw = _codes([c.event for c in claims])
        self.event_text, event_keys = _keyed(event_codes, event_raw)
        self.event_sim = _Texts(event_keys, fuzz.token_sort_ratio)

    def place_similarity(self, a: I64, b: I64, workers: int = 1) -> F64:
        """Spelling similarity in [0, 1] of claims ``a`` and ``b``'s places (text codes >= 0).

        The better of the place keys' similarity (every part's words, a resolved place's
        words and gazetteer name) and the names' (as given, a resolved place by its
        gazetteer name): a misspelling of a known town keeps its closeness to the name.
        """
        keyed = self.place_sim.similarity(self.place_text[a], self.place_text[b], workers)
        na, nb = self.place_name[a], self.place_name[b]
        named = np.zeros(len(a), dtype=np.float64)
        both = (na >= 0) & (nb >= 0)
        if both.any():
            named[both] = self.place_name_sim.similarity(na[both], nb[both], workers)
        out: F64 = np.maximum(keyed, named)
        return out


_R = TypeVar("_R")


def _evidence_places(cols: _Columns, places: _Places, unplaced: B) -> I32:
    """Per claim that names no place (nor its report): the town its weaker evidence names.

    The one place its own words name (*deaths in Kishishe*: resolution's ``named_place``),
    else the one place its article's other claims name (``article_place``: a relayed
    official toll in an article about the incident), when that place is a town, a village
    or a site of the gazetteer (a region or a country holds other incidents); -1 else.
    """
    out = np.full(cols.n, -1, dtype=np.int32)
    wanted = [i for i in (*cols.named_filled, *cols.article_filled) if unplaced[i]]
    found: dict[int, Place] = {}
    for i in wanted:
        if i in found:
            continue
        hit = cols.named_place(i) or cols.article_place(i)
        record = _record(hit, Place)
        if record is not None and not is_local(record) and record.kind in _POINTS:
            found[i] = record
    if found:
        idx = np.fromiter(found, dtype=np.int64, count=len(found))
        out[idx] = places.codes(list(found.values()))
    return out




def _record(hit: Resolved | None, kind: type[_R]) -> _R | None:
    """Return the vocabulary record behind a resolved identity, if it is of ``kind``."""
    if hit is None or not isinstance(hit.record, kind):
        return None
    return hit.record


def _ranks(ids: Sequence[str]) -> I32:
    order = sorted(range(len(ids)), key=ids.__getitem__)
    rank = np.empty(len(ids), dtype=np.int32)
    rank[np.array(order, dtype=np.int64)] = np.arange(len(ids), dtype=np.int32)
    return rank


def _keyed(
    codes: I32, raw: Sequence[str], key: Callable[[str], str] = normalize
) -> tuple[I32, list[str]]:
    """Re-code raw strings by their normalised key (variants of one key share a code)."""
    keys: dict[str, int] = {}
    # a text with no Latin letters keys as itself: two such texts are not one word
    by_raw = np.array([keys.setdefault(key(t) or t, len(keys)) for t in raw] or [0], np.int32)
    return np.where(codes >= 0, by_raw[codes], -1).astype(np.int32), list(keys)


_NO_BOUND = np.iinfo(np.int64).max // 4


def _bound(claim: Claim) -> int:
    """Seconds of the latest moment the claim's event can have begun: its statement or report."""
    ends: list[int] = []
    if claim.stated is not None:
        ends.append(_seconds(claim.stated.end))
    if claim.via is not None:
        for report in claim.via.chain():
            published = report.published or _url_date(report.url)
            if published is not None:
                ends.append((published.toordinal() + 1) * _DAY_S)
    return min(ends) if ends else int(_NO_BOUND)


def _seconds(moment: dt.datetime) -> int:
    """Seconds since 0001-01-01 of a naive datetime (whole seconds)."""
    return moment.toordinal() * _DAY_S + moment.hour * 3600 + moment.minute * 60 + moment.second


def _times(spans: Sequence[TimeSpan | None]) -> tuple[I64, I64, B]:
    """Start and end seconds of each span (0 when unknown) and whether it is known."""
    n = len(spans)
    known = np.fromiter((s is not None for s in spans), dtype=np.bool_, count=n)
    starts = np.fromiter((0 if s is None else _seconds(s.start) for s in spans), np.int64, n)
    ends = np.fromiter((0 if s is None else _seconds(s.end) for s in spans), np.int64, n)
    return starts, ends, known


_SCRIPTS: dict[str, int] = {}


def _scripts(text: str) -> int:
    """Return the scripts of the letters of ``text`` as a bit mask (Latin, Arabic...).

    Two names written in scripts they do not share (*دوما* and *Douma*) cannot be told
    apart or together by spelling.
    """
    mask = 0
    for char in text:
        if char.isalpha():
            name = unicodedata.name(char, "")
            script = name.split(" ", 1)[0] if name else "?"
            bit = _SCRIPTS.setdefault(script, len(_SCRIPTS))
            mask |= 1 << min(bit, 62)
    return mask


def _predicate_relations(resolver: _Resolver, names: Sequence[str]) -> npt.NDArray[np.bool_]:
    """Return True where one predicate entails the other (*shelled* entails *attacked*)."""
    vocab = resolver.vocab.predicates
    k = len(names)
    out = np.zeros((k + 1, k + 1), dtype=np.bool_)
    entails = [set(vocab.get(name).entails) for name in names]
    for i, a in enumerate(names):
        for j, b in enumerate(names):
            out[i, j] = i != j and (b in entails[i] or a in entails[j])
    return out


def _subject_relations(resolver: _Resolver, names: Sequence[str]) -> npt.NDArray[np.int8]:
    vocab = resolver.vocab.subjects
    k = len(names)
    out = np.full((max(k, 1), max(k, 1)), _S_OTHER, dtype=np.int8)
    objs = [vocab.get(name) for name in names]
    for i, a in enumerate(objs):
        lineage = vocab.lineage(a.id)
        for j, b in enumerate(objs):
            if i == j:
                out[i, j] = _S_SAME
            elif vocab.excludes(a, b):
                out[i, j] = _S_EXCLUSIVE
            elif b.id in lineage:
                out[i, j] = _S_NARROWER  # a is a kind of b
            elif a.id in vocab.lineage(b.id):
                out[i, j] = _S_BROADER
    return out


def _actor_relations(resolver: _Resolver, actors: Sequence[Actor]) -> npt.NDArray[np.int8]:
    """1 where one actor is part of the other (DIRPA and FAMa), else 0."""
    vocab = resolver.vocab.actors
    k = len(actors)
    out = np.zeros((max(k, 1), max(k, 1)), dtype=np.int8)
    chains = []
    for actor in actors:
        chain = {actor.id}
        node = actor
        while node.part_of is not None and node.part_of in vocab and node.part_of not in chain:
            chain.add(node.part_of)
            node = vocab.get(node.part_of)
        chains.append(chain)
    for i, a in enumerate(actors):
        for j, b in enumerate(actors):
            if i != j and (b.id in chains[i] or a.id in chains[j]):
                out[i, j] = 1
    return out


class _Texts:
    """One field's distinct normalised strings and their pairwise similarity.

    Up to ``_DENSE_MAX`` strings, one ``process.cdist`` matrix holds every similarity
    (built once, on first use); beyond, the distinct pairs asked for are scored with
    ``process.cpdist``.
    """

    __slots__ = ("_array", "_matrix", "dense_max", "keys", "scorer")

    def __init__(
        self, keys: Sequence[str], scorer: Callable[..., float], dense_max: int = _DENSE_MAX
    ) -> None:
        self.keys = keys
        self.scorer = scorer
        self.dense_max = dense_max
        self._matrix: npt.NDArray[np.uint8] | None = None
        self._array: npt.NDArray[np.object_] | None = None

    def similarity(self, ca: I32, cb: I32, workers: int) -> F64:
        """Similarity in [0, 1] of the strings coded ``ca`` and ``cb`` (codes >= 0)."""
        if not len(ca):
            return np.zeros(0, dtype=np.float64)
        n = len(self.keys)
        # each pair read one way (the smaller code first): symmetric by construction
        lo, hi = np.minimum(ca, cb).astype(np.int64), np.maximum(ca, cb).astype(np.int64)
        if n <= self.dense_max:
            if self._matrix is None:
                self._matrix = process.cdist(
                    self.keys,
                    self.keys,
                    scorer=self.scorer,
                    processor=None,
                    dtype=np.uint8,
                    workers=workers,
                )
            return self._matrix[lo, hi] / 100.0
        if self._array is None:
            self._array = np.array(self.keys, dtype=object)
        pair_keys, inverse = np.unique(lo * n + hi, return_inverse=True)
        scores = process.cpdist(
            self._array[pair_keys // n],
            self._array[pair_keys % n],
            scorer=self.scorer,
            processor=None,
            dtype=np.uint8,
            workers=workers,
        )
        out: F64 = scores[inverse.reshape(-1)] / 100.0
        return out

    def one(self, i: int, j: int) -> float:
        """Similarity of two codes, in [0, 1] (read one way, as :meth:`similarity`)."""
        first, second = self.keys[min(i, j)], self.keys[max(i, j)]
        return float(self.scorer(first, second, processor=None)) / 100
