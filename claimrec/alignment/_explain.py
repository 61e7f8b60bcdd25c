"""A pair's score in words, feature by feature (:class:`PairScore`)."""

from __future__ import annotations

import datetime as dt

import numpy as np

from claimrec._text import normalize
from claimrec.alignment._common import (
    _DAY_S,
    _EVIDENCE_PLACE,
    _NEUTRAL,
    _P_CONTAINS,
    _P_DISJOINT,
    _P_NONE,
    _P_SAME,
    _P_UNKNOWN,
    _P_WITHIN,
    _R_COUNTRY,
    _R_NONE,
    _REJECT,
    _RELATIONS,
    _S_BROADER,
    _S_EXCLUSIVE,
    _S_NARROWER,
    _S_OTHER,
    _S_SAME,
    _TEXT_MIN,
    FEATURES,
    I32,
    _Options,
)
from claimrec.alignment._records import Feature, PairScore
from claimrec.alignment._scoring import _score, _Scored
from claimrec.alignment._table import _NO_BOUND, _seconds, _Table, _Texts


def _quote(text: str | None) -> str:
    return repr(text) if text is not None else "-"


def _details(table: _Table, i: int, j: int, scored: _Scored, k: int) -> tuple[str, ...]:
    """Words for each feature of the pair (i, j), scored at row k."""
    ca, cb = table.claims[i], table.claims[j]
    f = scored.features[:, k]
    out: list[str] = []

    # subject
    sa, sb = int(table.subj[i]), int(table.subj[j])
    name_a = f" ({table.subj_names[sa].replace('_', ' ')})" if sa >= 0 else ""
    name_b = f" ({table.subj_names[sb].replace('_', ' ')})" if sb >= 0 else ""
    pair = f"{_quote(ca.subject)}{name_a} and {_quote(cb.subject)}{name_b}"
    hard = bool(table.fam_hard[table.fam[i]]) and table.fam[i] == table.fam[j]
    if sa >= 0 and sb >= 0:
        rel = int(table.subj_rel[sa, sb])
        words = {
            _S_SAME: "same class",
            _S_BROADER: "the first is broader",
            _S_NARROWER: "the first is narrower",
            _S_EXCLUSIVE: "exclusive classes",
            _S_OTHER: "different classes" + (" (the subject is what is counted)" if hard else ""),
        }[rel]
        out.append(f"{pair}: {words}")
    else:
        text = (
            f"{_quote(ca.subject)}{name_a} vs {_quote(cb.subject)}{name_b}: "
            f"{_similar(table.subj_sim, table.subj_text, i, j)}"
        )
        if hard and f[0] * 100 < _TEXT_MIN:
            text += f" (below {_TEXT_MIN / 100:.2f}: the subject is what is counted)"
        out.append(text)

    # predicate
    fam_a, fam_b = table.fam_names[table.fam[i]], table.fam_names[table.fam[j]]
    pa, pb = int(table.pred[i]), int(table.pred[j])
    id_a = f" ({table.pred_names[pa]})" if pa >= 0 else ""
    id_b = f" ({table.pred_names[pb]})" if pb >= 0 else ""
    pair = f"{_quote(ca.predicate)}{id_a} and {_quote(cb.predicate)}{id_b}"
    if fam_a != fam_b:
        known_a = fam_a if fam_a != "?" else "no known family"
        known_b = fam_b if fam_b != "?" else "no known family"
        out.append(f"{pair}: different families ({known_a} / {known_b})")
    elif fam_a == "?":
        similar = _similar(table.pred_sim, table.pred_text, i, j)
        out.append(f"{pair}: unknown predicates, {similar}")
    elif pa == pb:
        out.append(f"{pair}: same predicate")
    elif table.pred_rel[pa, pb]:
        out.append(f"{pair}: same family {fam_a!r}, one entails the other")
    else:
        out.append(f"{pair}: same family {fam_a!r}")

    # place
    rel = int(scored.relation[k])
    if ca.place is not None and cb.place is not None and (table.place_amb[i] or table.place_amb[j]):
        which = ca.place if table.place_amb[i] else cb.place
        if rel == _P_DISJOINT:
            out.append(f"{which!r} names several places, none of which can be the other")
        else:
            out.append(f"{which!r} names several places; no context to choose (neutral)")
    elif rel != _P_NONE:
        name_a = _place_words(table, i)
        name_b = _place_words(table, j)
        words = {
            _P_SAME: f"{name_a} and {name_b}: same place"
            + (" (identified within the input)" if table.place_local[i] >= 0 else ""),
            _P_WITHIN: f"{name_a} lies within {name_b} (finer/coarser)",
            _P_CONTAINS: f"{name_a} contains {name_b} (coarser/finer)",
            _P_DISJOINT: f"{name_a} and {name_b}: disjoint places",
            _P_UNKNOWN: f"{name_a} and {name_b}: the gazetteer cannot tell (neutral)",
        }[rel]
        out.append(words)
    elif (ca.place is None or cb.place is None) and f[2] == _EVIDENCE_PLACE:
        towns = [
            table.places.objects[int(code)].name
            for code in (table.place_ev[i], table.place_ev[j])
            if code >= 0
        ]
        named = [_place_words(table, x) for x in (i, j) if table.place[x] >= 0]
        out.append(
            f"no place on one side; its words or its article name {' and '.join(towns)}"
            + (f", as {named[0]}" if named else "")
            + " (one town, weaker evidence)"
        )
    elif (ca.place is None or cb.place is None) and f[2] != _NEUTRAL:
        # a claim with no place of its own, compared by the words of its report's place
        codes = [int(table.cols.place_codes[x]) for x in (i, j)]
        names = [repr(table.cols.place_raw[c]) if c >= 0 else "none" for c in codes]
        out.append(
            f"{names[0]} vs {names[1]}: a side's place is its report's (compared by its words)"
        )
    elif ca.place is None or cb.place is None:
        out.append("no place on one side (neutral)")
    else:
        names = [
            repr(c.place) if table.place[x] < 0 else _place_words(table, x)
            for x, c in ((i, ca), (j, cb))
        ]
        if not table.place_script[i] & table.place_script[j]:
            similar = table.place_similarity(np.array([i]), np.array([j]))[0]
            out.append(
                f"{names[0]} vs {names[1]}: not both in the gazetteer, two scripts "
                f"(transliterated text similarity {similar:.2f}: can say same, never "
                "different)"
            )
        elif table.places.is_point[table.place[i]] and table.places.is_point[table.place[j]]:
            out.append(
                f"{names[0]} vs {names[1]}: not both in the gazetteer, "
                f"text similarity "
                f"{table.place_similarity(np.array([i]), np.array([j]))[0]:.2f}"
            )
        elif table.place_similarity(np.array([i]), np.array([j]))[0] >= 1.0:
            out.append(f"{names[0]} vs {names[1]}: one names the other, finer (nested)")
        else:
            out.append(f"{names[0]} vs {names[1]}: one may lie in the other (neutral)")

    if int(scored.reject[k]) == _R_COUNTRY:
        out[-1] += "; " + _countries(table, i, j)

    # time
    if not (table.t_known[i] and table.t_known[j]):
        told = [(x, c) for x, c in ((i, ca), (j, cb)) if not table.t_known[x]]
        other = cb if told and told[0][0] == i else ca
        bound = int(table.t_bound[told[0][0]]) if told else _NO_BOUND
        if (
            told
            and other.when is not None
            and bound < _NO_BOUND
            and _seconds(other.when.start) > bound
        ):
            out.append(
                f"{other.when} is after {told[0][1].id}'s statement or report "
                f"({dt.date.fromordinal(bound // _DAY_S)}): another event"
            )
        else:
            out.append("no event time on one side (neutral)")
    else:
        wa, wb = ca.when, cb.when
        if wa is None or wb is None:  # pragma: no cover - t_known says they are not
            raise AssertionError
        gap = wa.gap(wb)
        if gap > dt.timedelta(0):
            out.append(f"{wa} and {wb}: {_duration(gap)} apart")
        elif wa == wb:
            out.append(f"{wa}: same time")
        elif wb.contains(wa):
            out.append(f"{wa} within {wb}")
        elif wa.contains(wb):
            out.append(f"{wa} contains {wb}")
        elif wa.overlaps(wb):
            out.append(f"{wa} and {wb} overlap")
        else:
            out.append(f"{wa} and {wb}: adjacent")

    # actor
    xa, xb = int(table.actor[i]), int(table.actor[j])
    if ca.actor is None or cb.actor is None:
        out.append("no actor on one side (neutral)")
    elif xa >= 0 and xb >= 0:
        one, two = table.actor_objs[xa].id, table.actor_objs[xb].id
        if xa == xb:
            out.append(f"{ca.actor!r} and {cb.actor!r}: both {one}")
        elif table.actor_rel[xa, xb]:
            out.append(f"{ca.actor!r} ({one}) and {cb.actor!r} ({two}): one is part of the other")
        else:
            out.append(
                f"{ca.actor!r} ({one}) and {cb.actor!r} ({two}): different actors "
                "(disputed, neutral)"
            )
    elif xa < 0 and xb < 0:
        similar = _similar(table.actor_sim, table.actor_text, i, j)
        out.append(f"{ca.actor!r} vs {cb.actor!r}: unknown actors, {similar}")
    else:
        which = ca.actor if xa < 0 else cb.actor
        out.append(f"{which!r} is not a known actor (neutral)")

    # event
    if ca.event is None or cb.event is None:
        out.append("no event label (neutral)")
    else:
        similar = _similar(table.event_sim, table.event_text, i, j)
        out.append(f"{ca.event!r} vs {cb.event!r}: {similar}")
    return tuple(out)


def _countries(table: _Table, i: int, j: int) -> str:
    """Words for a pair whose events are in two countries: each country and its evidence."""
    named = []
    for x in (i, j):
        hit = table.cols.country(x)
        named.append("-" if hit is None else f"{hit.name} ({hit.id}, {hit.rule}: {hit.text!r})")
    return f"two countries: {named[0]} and {named[1]}"


def _similar(texts: _Texts, codes: I32, i: int, j: int) -> str:
    return f"text similarity {texts.one(int(codes[i]), int(codes[j])):.2f}"


def _place_words(table: _Table, i: int) -> str:
    claim = table.claims[i]
    if table.place[i] < 0:  # a place identified within the input (``place_local``)
        return repr(claim.place)
    place = table.places.objects[int(table.place[i])]
    if claim.place is not None and normalize(claim.place) != normalize(place.name):
        return f"{claim.place!r} ({place.name})"
    return repr(claim.place if claim.place is not None else place.name)


def _duration(delta: dt.timedelta) -> str:
    hours = delta.total_seconds() / 3600
    if hours >= 48:
        return f"{hours / 24:.0f} days"
    if hours >= 1:
        return f"{hours:.0f} h"
    return f"{delta.total_seconds() / 60:.0f} min"


def _pair_score(table: _Table, i: int, j: int, opts: _Options) -> PairScore:
    scored = _score(table, np.array([i]), np.array([j]), opts)
    first, second = int(scored.a[0]), int(scored.b[0])
    details = _details(table, first, second, scored, 0)
    reject = int(scored.reject[0])
    score = float(scored.score[0])
    relation = int(scored.relation[0])
    return PairScore(
        a=table.ids[first],
        b=table.ids[second],
        score=score,
        aligned=reject == _R_NONE and score >= opts.threshold,
        threshold=opts.threshold,
        features=tuple(
            Feature(name=name, score=round(float(scored.features[k, 0]), 6), weight=w, detail=d)
            for k, (name, w, d) in enumerate(zip(FEATURES, opts.weights, details, strict=True))
        ),
        place_relation=_RELATIONS[relation] if relation != _P_NONE else None,
        rejected=_REJECT[reject] or None,
    )
