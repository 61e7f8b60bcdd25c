"""Synthetic claim sets with a known truth, for the benchmarks.

A synthetic world: countries split into regions and towns with made-up names (a few
shared between countries), armed groups with acronyms, and many incidents spread over
years. Each incident yields one to three *items* (the attack itself, the soldiers killed,
the outcome...), and each item is reported by several sources with the noise real reports
have: misspelled or transliterated place and group names, synonyms of the predicate and
subject, a coarser place ("northern Xa" or the region), a time off by a day, a part of the
day, a range or only the month, no place at all, and a few conflicting attributions.
Countries get incidents on a Zipf law, so block sizes are skewed.

The truth is the item of each claim; :func:`pairwise_f1` scores a grouping against it.

>>> from benchmarks._synthetic import generate, pairwise_f1
>>> data = generate(300, seed=1)
>>> len(data.claims), len(data.truth)
(300, 300)
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field

import numpy as np

from claimrec.model import Claim, Report, Source
from claimrec.quantity import Quantity
from claimrec.timespan import Precision, TimeSpan
from claimrec.vocab import Actor, Gazetteer, Place, Vocabulary, default_vocabulary

_CONSONANTS = "bdfgkmnprstz"
_VOWELS = "aeiou"
_CLUSTERS = ("ou", "ko", "ba", "di", "sa", "ma", "ni", "to", "ga", "le", "ti", "na")

#: Item kinds: (predicate ids to draw from, subject classes, value kind).
_ITEMS: tuple[tuple[tuple[str, ...], tuple[str, ...], str], ...] = (
    (("attacked", "airstrike", "ied"), ("military_sites",), "none"),
    (("killed",), ("soldiers",), "count"),
    (("killed",), ("militants",), "count"),
    (("killed",), ("civilians",), "count"),
    (("wounded",), ("soldiers", "civilians"), "count"),
    (("abducted",), ("civilians",), "count"),
    (("captured", "repelled", "withdrew"), ("military_sites",), "none"),
    (("responsibility",), ("military_sites",), "none"),
    (("destroyed",), ("vehicles",), "count"),
)
_ITEM_WEIGHTS = np.array([0.22, 0.16, 0.16, 0.12, 0.06, 0.05, 0.12, 0.06, 0.05])


@dataclass
class World:
    """The synthetic vocabulary and the names it knows."""

    vocabulary: Vocabulary
    towns: list[Place]
    regions: list[Place]
    areas: dict[str, list[Place]]  # country -> its areas ("northern Xa")
    country_weights: np.ndarray
    countries: list[str]
    actors: list[Actor]
    town_variants: dict[str, list[str]]
    actor_variants: dict[str, list[str]]


@dataclass
class SyntheticSet:
    """Claims, the truth (item id per claim) and how long building them took."""

    claims: list[Claim]
    truth: np.ndarray
    world: World
    events: int
    items: int
    seconds: float = 0.0
    notes: dict[str, int] = field(default_factory=dict)


def _name(rng: np.random.Generator, used: set[str]) -> str:
    while True:
        parts = []
        for _ in range(int(rng.integers(2, 5))):
            if rng.random() < 0.3:
                parts.append(_CLUSTERS[int(rng.integers(len(_CLUSTERS)))])
            else:
                parts.append(
                    _CONSONANTS[int(rng.integers(len(_CONSONANTS)))]
                    + _VOWELS[int(rng.integers(len(_VOWELS)))]
                )
        if rng.random() < 0.3:
            parts.append(_CONSONANTS[int(rng.integers(len(_CONSONANTS)))])
        name = "".join(parts).capitalize()
        if name not in used and len(name) >= 5:
            used.add(name)
            return name


_TRANSLIT = (("ou", "u"), ("u", "ou"), ("k", "c"), ("i", "y"), ("e", "é"), ("a", "aa"), ("s", "ss"))


def _variants(rng: np.random.Generator, name: str, k: int, taken: set[str]) -> list[str]:
    """Misspellings and transliterations of ``name`` (recurring, as in real reports).

    A variant never spells another known name.
    """
    out: list[str] = []
    lower = name.lower()
    for _ in range(k * 4):
        if len(out) >= k:
            break
        roll = rng.random()
        text = lower
        if roll < 0.4:
            old, new = _TRANSLIT[int(rng.integers(len(_TRANSLIT)))]
            if old not in text:
                continue
            text = text.replace(old, new, 1)
        elif roll < 0.7:
            pos = int(rng.integers(1, len(text)))
            text = text[:pos] + text[pos + 1 :]
        else:
            pos = int(rng.integers(1, len(text)))
            text = text[:pos] + _VOWELS[int(rng.integers(len(_VOWELS)))] + text[pos + 1 :]
        text = text.capitalize()
        if text != name and text not in out and text not in taken:
            out.append(text)
    return out


def build_world(
    *, countries: int = 12, regions: int = 8, towns: int = 40, actors: int = 60, seed: int = 0
) -> World:
    """Return a synthetic gazetteer and actor list on top of the default vocabulary."""
    rng = np.random.default_rng(seed)
    used: set[str] = set()
    places: list[Place] = []
    town_list: list[Place] = []
    region_list: list[Place] = []
    areas: dict[str, list[Place]] = {}
    codes = [f"Q{chr(ord('A') + k)}" for k in range(countries)]
    shared: list[str] = []
    for code in codes:
        cname = _name(rng, used)
        country = Place(id=code, name=cname, kind="country", country=code)
        places.append(country)
        country_regions = []
        for r in range(regions):
            rname = _name(rng, used)
            region = Place(
                id=f"{code}.r{r}",
                name=f"{rname} Region",
                kind="region",
                country=code,
                parent=code,
                aliases=[f"Région de {rname}"],
            )
            places.append(region)
            region_list.append(region)
            country_regions.append(region)
            for t in range(towns):
                if shared and rng.random() < 0.01:
                    tname = shared[int(rng.integers(len(shared)))]  # a name two countries use
                else:
                    tname = _name(rng, used)
                    if rng.random() < 0.05:
                        shared.append(tname)
                town = Place(
                    id=f"{code}.r{r}.t{t}",
                    name=tname,
                    kind="town",
                    country=code,
                    parent=region.id,
                )
                places.append(town)
                town_list.append(town)
        half = regions // 2
        north = Place(
            id=f"{code}.north",
            name=f"northern {cname}",
            kind="area",
            country=code,
            parent=code,
            covers=[r.id for r in country_regions[:half]],
            aliases=[f"north of {cname}"],
        )
        south = Place(
            id=f"{code}.south",
            name=f"southern {cname}",
            kind="area",
            country=code,
            parent=code,
            covers=[r.id for r in country_regions[half:]],
        )
        places.extend([north, south])
        areas[code] = [north, south]
    actor_list = []
    for k in range(actors):
        name = " ".join(_name(rng, used) for _ in range(3))
        acronym = "".join(w[0] for w in name.split()).upper() + str(k)
        home = [codes[int(i)] for i in rng.choice(countries, size=2, replace=False)]
        actor_list.append(
            Actor(
                id=f"A{k}",
                name=name,
                kind="armed_group",
                party=f"A{k}",
                aliases=[acronym],
                countries=home,
            )
        )
    base = default_vocabulary()
    vocab = Vocabulary(
        actors=base.actors.extend(actor_list),
        places=Gazetteer(places),
        predicates=base.predicates,
        subjects=base.subjects,
    )
    weights = 1.0 / np.arange(1, countries + 1) ** 1.1
    return World(
        vocabulary=vocab,
        towns=town_list,
        regions=region_list,
        areas=areas,
        country_weights=weights / weights.sum(),
        countries=codes,
        actors=actor_list,
        town_variants={t.id: _variants(rng, t.name, 3, used) for t in town_list},
        actor_variants={a.id: _variants(rng, a.name, 2, used) for a in actor_list},
    )


def generate(
    n_claims: int,
    *,
    seed: int = 0,
    world: World | None = None,
    days: int | None = None,
    mean_claims_per_item: float = 4.0,
) -> SyntheticSet:
    """Return about ``n_claims`` claims (exactly that many) with their true items.

    Parameters
    ----------
    n_claims : int
    seed : int
    world : World, optional
        Built with :func:`build_world` when not given.
    days : int, optional
        Incidents are spread over this many days from 1995-01-01; by default
        ``max(365, n_claims // 100)``, so that density (and candidate pairs per claim)
        stays the same at every size, as a longer record would have.
    mean_claims_per_item : float
        Claims per item follow a shifted geometric law with this mean (skewed).
    """
    world = world if world is not None else build_world(seed=seed)
    days = days if days is not None else max(365, n_claims // 100)
    rng = np.random.default_rng(seed + 1)
    vocab = world.vocabulary
    predicate_words = {
        p.id: [p.id, *[s for s in p.synonyms if s.isascii() and len(s) > 3][:6]]
        for p in vocab.predicates
    }
    subject_words = {
        s.id: [s.name, *[w for w in s.synonyms if w.isascii()][:5]] for s in vocab.subjects
    }
    sources = [Source(name=f"Source {k}", kind="media") for k in range(400)]
    quantities = [
        Quantity.parse(t)
        for t in ("3", "5", "12", "over 20", "about 30", "at least 8", "dozens", "40", "7", "15")
    ]
    epoch = dt.datetime(1995, 1, 1)
    parts = (("morning", 5, 7), ("afternoon", 12, 6), ("evening", 18, 4), ("night", 22, 7))

    # Items: sizes from a shifted geometric law, grouped 1-3 per incident.
    p = 1.0 / mean_claims_per_item
    sizes: list[int] = []
    total = 0
    while total < n_claims:
        size = int(min(rng.geometric(p), n_claims - total))
        sizes.append(size)
        total += size
    n_items = len(sizes)
    per_event = []
    k = 0
    while k < n_items:
        m = int(min(rng.integers(1, 4), n_items - k))
        per_event.append(m)
        k += m
    n_events = len(per_event)
    country_idx = rng.choice(len(world.countries), size=n_events, p=world.country_weights)
    towns_by_country: dict[str, list[Place]] = {}
    for town in world.towns:
        towns_by_country.setdefault(str(town.country), []).append(town)
    regions = {r.id: r for r in world.regions}
    event_day = rng.integers(0, days, size=n_events)
    event_actor = rng.integers(0, len(world.actors), size=n_events)

    claims: list[Claim] = []
    truth = np.empty(n_claims, dtype=np.int64)
    started = time.perf_counter()
    item = 0
    cid = 0
    notes = {"no_place": 0, "coarse_place": 0, "variant_place": 0, "month": 0, "no_time": 0}
    day_spans: dict[int, TimeSpan] = {}

    def day_span(d: int) -> TimeSpan:
        span = day_spans.get(d)
        if span is None:
            start = epoch + dt.timedelta(days=d)
            span = day_spans[d] = TimeSpan(
                start=start, end=start + dt.timedelta(days=1), precision=Precision.DAY
            )
        return span

    for e, m in enumerate(per_event):
        country = world.countries[int(country_idx[e])]
        towns = towns_by_country[country]
        town = towns[int(rng.integers(len(towns)))]
        region = regions[str(town.parent)]
        area = next(a for a in world.areas[country] if region.id in a.covers)
        actor = world.actors[int(event_actor[e])]
        day = int(event_day[e])
        kinds = rng.choice(len(_ITEMS), size=m, replace=False, p=_ITEM_WEIGHTS)
        reports: dict[int, Report] = {}
        label = f"{town.name} attack {(epoch + dt.timedelta(days=day)).date()}"
        for kind in kinds.tolist():
            preds, classes, value_kind = _ITEMS[kind]
            subject_class = classes[int(rng.integers(len(classes)))]
            base_pred = preds[0]
            for _ in range(sizes[item]):
                r = rng.random(12)
                # predicate: a synonym; outcome items carry conflicting outcomes
                pid = preds[int(rng.integers(len(preds)))] if r[0] < 0.3 else base_pred
                words = predicate_words[pid]
                predicate = words[int(rng.integers(len(words)))]
                swords = subject_words[subject_class]
                subject = swords[int(rng.integers(len(swords)))]
                # place
                if r[1] < 0.05:
                    place = None
                    notes["no_place"] += 1
                elif r[1] < 0.09:
                    place = region.name if r[2] < 0.5 else area.name
                    notes["coarse_place"] += 1
                elif r[1] < 0.27:
                    variants = world.town_variants[town.id]
                    place = variants[int(rng.integers(len(variants)))] if variants else town.name
                    notes["variant_place"] += 1
                else:
                    place = town.name
                # time
                if r[3] < 0.72:
                    when: TimeSpan | None = day_span(day)
                elif r[3] < 0.84:
                    _, hour, length = parts[int(rng.integers(4))]
                    start = epoch + dt.timedelta(days=day, hours=hour)
                    when = TimeSpan(
                        start=start,
                        end=start + dt.timedelta(hours=length),
                        precision=Precision.PART_OF_DAY,
                    )
                elif r[3] < 0.92:
                    when = day_span(day + (1 if r[4] < 0.5 else -1))
                elif r[3] < 0.995:
                    start = epoch + dt.timedelta(days=day - int(r[4] < 0.5))
                    when = TimeSpan(start=start, end=start + dt.timedelta(days=2))
                elif r[3] < 0.99995:
                    d0 = (epoch + dt.timedelta(days=day)).replace(day=1)
                    d1 = (d0 + dt.timedelta(days=32)).replace(day=1)
                    when = TimeSpan(start=d0, end=d1, precision=Precision.MONTH)
                    notes["month"] += 1
                else:
                    when = None
                    notes["no_time"] += 1
                # actor: name, acronym or misspelling; a few blame another group
                actor_text: str | None = None
                if r[5] < 0.5:
                    who = (
                        actor if r[6] > 0.04 else world.actors[int(rng.integers(len(world.actors)))]
                    )
                    roll = r[7]
                    if roll < 0.5:
                        actor_text = who.aliases[0].name
                    elif roll < 0.8:
                        actor_text = who.name
                    else:
                        variants = world.actor_variants[who.id]
                        actor_text = (
                            variants[int(rng.integers(len(variants)))] if variants else who.name
                        )
                value = (
                    quantities[int(rng.integers(len(quantities)))]
                    if value_kind == "count"
                    else None
                )
                source_k = int(rng.integers(len(sources)))
                via = None
                if r[8] < 0.6:
                    via = reports.get(source_k)
                    if via is None:
                        via = reports[source_k] = Report(
                            outlet=sources[source_k].name, id=f"r{e}-{source_k}"
                        )
                claims.append(
                    Claim(
                        source=sources[source_k],
                        subject=subject,
                        predicate=predicate,
                        value=value,
                        actor=actor_text,
                        place=place,
                        when=when,
                        event=label if r[9] < 0.2 else None,
                        via=via,
                        id=f"c{cid}",
                    )
                )
                truth[cid] = item
                cid += 1
            item += 1
    seconds = time.perf_counter() - started
    return SyntheticSet(
        claims=claims,
        truth=truth,
        world=world,
        events=n_events,
        items=n_items,
        seconds=seconds,
        notes=notes,
    )


def pairwise_f1(predicted: np.ndarray, truth: np.ndarray) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of a grouping against the true items.

    >>> import numpy as np
    >>> pairwise_f1(np.array([0, 0, 1, 1]), np.array([0, 0, 0, 1]))
    (0.5, 0.3333333333333333, 0.4)
    """

    def pairs(counts: np.ndarray) -> int:
        return int((counts * (counts - 1) // 2).sum())

    _, pred_counts = np.unique(predicted, return_counts=True)
    _, true_counts = np.unique(truth, return_counts=True)
    joint = predicted.astype(np.int64) * (int(truth.max()) + 1) + truth
    _, both_counts = np.unique(joint, return_counts=True)
    tp, pp, tt = pairs(both_counts), pairs(pred_counts), pairs(true_counts)
    precision = tp / pp if pp else 1.0
    recall = tp / tt if tt else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
