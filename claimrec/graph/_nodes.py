"""The claim graph's networkx form: node ids, node and edge attributes, and back (private)."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from claimrec._text import normalize
from claimrec.category import Category, SetValue, Unstated
from claimrec.errors import InvalidClaimError
from claimrec.model import Claim, Report, Source, Value
from claimrec.quantity import Quantity
from claimrec.relation import (
    Reason,
    Relation,
    Relationship,
)
from claimrec.timespan import TimeSpan

#: Relations that count as one claim supporting the other.
SUPPORT = frozenset({Relation.AGREES, Relation.REFINES, Relation.REFINED_BY})
#: How relations are stored as edges: the directed ones point from the narrower (refines)
#: or later (revises) claim; the converse kinds are never stored.
_STORED = {
    Relation.REFINED_BY: Relation.REFINES,
    Relation.REVISED_BY: Relation.REVISES,
}
_STRUCTURE = ("asserts", "carries", "relays", "copies")


# --------------------------------------------------------------------------- node ids


def claim_node(claim_id: str) -> str:
    """Return the node id of a claim in :attr:`ClaimGraph.nx`.

    Examples
    --------
    >>> from claimrec.graph import claim_node
    >>> claim_node("c1")
    'claim:c1'
    """
    return "claim:" + claim_id


def source_node(name: str) -> str:
    """Return the node id of a source (by name) in :attr:`ClaimGraph.nx`.

    Examples
    --------
    >>> from claimrec.graph import source_node
    >>> source_node("FAMa")
    'source:FAMa'
    """
    return "source:" + name


def report_node(report_id: str) -> str:
    """Return the node id of a report in :attr:`ClaimGraph.nx`.

    Examples
    --------
    >>> from claimrec.graph import report_node
    >>> report_node("ortm-2025-07-01")
    'report:ortm-2025-07-01'
    """
    return "report:" + report_id


# --------------------------------------------------------------------------- flattening


def _put(out: dict[str, Any], key: str, value: Any) -> None:
    if value is not None:
        out[key] = value


def _flat_span(out: dict[str, Any], prefix: str, span: TimeSpan | None) -> None:
    if span is None:
        return
    out[f"{prefix}_start"] = span.start.isoformat()
    out[f"{prefix}_end"] = span.end.isoformat()
    out[f"{prefix}_precision"] = span.precision.value
    _put(out, f"{prefix}_text", span.text)


def _span_from(data: Mapping[str, Any], prefix: str) -> TimeSpan | None:
    if f"{prefix}_start" not in data:
        return None
    return TimeSpan(
        start=dt.datetime.fromisoformat(str(data[f"{prefix}_start"])),
        end=dt.datetime.fromisoformat(str(data[f"{prefix}_end"])),
        precision=data[f"{prefix}_precision"],
        text=data.get(f"{prefix}_text"),
    )


def _flat_quantity(out: dict[str, Any], prefix: str, value: Quantity) -> None:
    # Floats always, so that every graph file gives one type per attribute.
    for key in ("low", "high", "best"):
        number = getattr(value, key)
        _put(out, f"{prefix}_{key}", None if number is None else float(number))
    out[f"{prefix}_low_open"] = value.low_open
    out[f"{prefix}_high_open"] = value.high_open
    out[f"{prefix}_integer"] = value.integer
    out[f"{prefix}_kind"] = value.kind.value
    _put(out, f"{prefix}_text", value.text)


def _quantity_from(data: Mapping[str, Any], prefix: str) -> Quantity:
    return Quantity(
        low=data.get(f"{prefix}_low"),
        high=data.get(f"{prefix}_high"),
        low_open=bool(data.get(f"{prefix}_low_open", False)),
        high_open=bool(data.get(f"{prefix}_high_open", False)),
        best=data.get(f"{prefix}_best"),
        integer=bool(data.get(f"{prefix}_integer", True)),
        kind=data[f"{prefix}_kind"],
        text=data.get(f"{prefix}_text"),
    )


def _flat_set(out: dict[str, Any], value: SetValue) -> None:
    """Flatten a list: its members (JSON), completeness, count, and how many as numbers.

    ``value_low``/``value_high``/``value_best`` say how many, for a graph tool to filter
    on as it does a figure: the count's bounds, else the members of a complete list (a
    partial one: at least that many). They are derived, not read back.
    """
    out["value_type"] = "set"
    out["value_members"] = json.dumps(sorted(value.members, key=normalize), ensure_ascii=False)
    out["value_exhaustive"] = value.exhaustive
    if value.count is not None:
        _flat_quantity(out, "value_count", value.count)
        for key in ("low", "high", "best"):
            _put(out, f"value_{key}", out.get(f"value_count_{key}"))
    else:
        size = float(len(value.keys))
        out["value_low"] = size
        if value.exhaustive:
            out["value_high"] = out["value_best"] = size
    _put(out, "value_text", value.text)


def _flat_value(out: dict[str, Any], value: Value) -> None:
    if value is None:
        out["value_type"] = "none"
        return
    if isinstance(value, bool):
        out["value_type"] = "bool"
        out["value"] = "true" if value else "false"
        out["value_bool"] = value
        return
    out["value"] = str(value)  # the label, whatever the type
    if isinstance(value, Quantity):
        out["value_type"] = "quantity"
        _flat_quantity(out, "value", value)
    elif isinstance(value, TimeSpan):
        out["value_type"] = "timespan"
        _flat_span(out, "value", value)
    elif isinstance(value, Category):
        out["value_type"] = "category"
        out["value_category"] = value.value
        _put(out, "value_text", value.text)
    elif isinstance(value, SetValue):
        _flat_set(out, value)
    elif isinstance(value, Unstated):
        out["value_type"] = "unstated"  # no figure given: no number, a type to filter on
        _put(out, "value_text", value.text)
    else:
        out["value_type"] = "str"


def _value_from(data: Mapping[str, Any]) -> Value:
    kind = data.get("value_type", "none")
    if kind == "none":
        return None
    if kind == "bool":
        return bool(data["value_bool"])
    if kind == "quantity":
        return _quantity_from(data, "value")
    if kind == "timespan":
        return _span_from(data, "value")
    if kind == "category":
        return Category(value=data["value_category"], text=data.get("value_text"))
    if kind == "set":
        members = json.loads(str(data["value_members"]))
        count = _quantity_from(data, "value_count") if "value_count_kind" in data else None
        return SetValue(
            members=members,
            count=count,
            exhaustive=bool(data.get("value_exhaustive", True)),
            text=data.get("value_text"),
        )
    if kind == "unstated":
        return Unstated(text=data.get("value_text"))
    if kind == "str":
        return str(data["value"])
    raise InvalidClaimError(
        "value_type",
        kind,
        "expected none, bool, quantity, timespan, category, set, unstated or str",
    )


def _claim_attrs(claim: Claim, group: str | None, label: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": "claim",
        "label": claim.describe(),
        "source": claim.source.name,
        "subject": claim.subject,
        "predicate": claim.predicate,
        "polarity": claim.polarity.value,
    }
    _flat_value(out, claim.value)
    for key in ("hedge", "actor", "place", "event", "quote"):
        _put(out, key, getattr(claim, key))
    if claim.qualifiers:
        out["qualifiers"] = json.dumps(list(claim.qualifiers), ensure_ascii=False)
    _flat_span(out, "when", claim.when)
    _flat_span(out, "stated", claim.stated)
    if claim.via is not None:
        out["via"] = claim.via.id
    _put(out, "group", group)
    _put(out, "group_label", label)
    return out


def _source_attrs(source: Source) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": "source",
        "name": source.name,
        "label": source.name,
        "source_kind": source.kind.value,
    }
    _put(out, "party", source.party)
    if source.aliases:
        out["aliases"] = json.dumps(list(source.aliases), ensure_ascii=False)
    _put(out, "reliability", source.reliability)
    return out


def _report_attrs(report: Report) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": "report", "label": report.outlet}
    out["outlet"] = report.outlet
    _put(out, "published", None if report.published is None else report.published.isoformat())
    for key in ("url", "author", "title"):
        _put(out, key, getattr(report, key))
    if report.relays is not None:
        out["relays"] = report.relays.id
    return out


def _relation_attrs(rel: Relationship) -> dict[str, Any]:
    out: dict[str, Any] = {
        "relation": rel.kind.value,
        "strength": rel.strength,
        "reasons": "\n".join(str(r) for r in rel.reasons),
        "disputed": rel.disputed,
    }
    _put(out, "magnitude_ratio", rel.magnitude_ratio)
    return out


def _relationship_from(a: str, b: str, data: Mapping[str, Any]) -> Relationship:
    text = str(data.get("reasons", ""))
    reasons = tuple(Reason.parse(line) for line in text.split("\n") if line.strip())
    ratio = data.get("magnitude_ratio")
    return Relationship(
        a=a,
        b=b,
        kind=data["relation"],
        strength=float(data.get("strength", 1.0)),
        reasons=reasons,
        magnitude_ratio=None if ratio is None else float(ratio),
        disputed=bool(data.get("disputed", False)),
    )


def _via_id(claim: Claim) -> str | None:
    return None if claim.via is None else claim.via.id


def _unprefixed(node: object, prefix: str) -> str:
    text = str(node)
    if not text.startswith(prefix):
        raise ValueError(f"node id {text!r} does not start with {prefix!r}")
    return text[len(prefix) :]


def _why(exc: BaseException) -> str:
    if isinstance(exc, KeyError):
        return f"missing attribute {exc.args[0]!r}"
    return str(exc)


def _json_tuple(text: Any) -> tuple[str, ...]:
    if text is None:
        return ()
    try:
        items = json.loads(str(text))
    except RecursionError:  # a hostile file's attribute: report it like other bad JSON
        raise ValueError("expected a JSON list of strings, got JSON nested too deeply") from None
    if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
        raise ValueError(f"expected a JSON list of strings, got {text!r}")
    return tuple(items)


def _source_from(data: Mapping[str, Any]) -> Source:
    return Source(
        name=data["name"],
        kind=data.get("source_kind", "other"),
        party=data.get("party"),
        aliases=_json_tuple(data.get("aliases")),
        reliability=data.get("reliability"),
    )


def _report_from(
    rid: str,
    raw: Mapping[str, Mapping[str, Any]],
    built: dict[str, Report],
    visiting: set[str],
) -> Report:
    if rid in built:
        return built[rid]
    if rid in visiting:
        raise ValueError("relays itself through a cycle")
    visiting.add(rid)
    data = raw[rid]
    relays = data.get("relays")
    relayed = None if relays is None else _report_from(str(relays), raw, built, visiting)
    report = Report(
        outlet=data["outlet"],
        published=data.get("published"),
        url=data.get("url"),
        author=data.get("author"),
        title=data.get("title"),
        relays=relayed,
        id=rid,
    )
    built[rid] = report
    return report


def _asserted_by(
    graph: nx.MultiDiGraph, claim_id: str, sources: Mapping[str, Source]
) -> Source | str | None:
    for node, _, relation in graph.in_edges(claim_node(claim_id), data="relation"):
        if relation == "asserts" and node in sources:
            return sources[node]
    return None


def _claim_from(
    claim_id: str,
    data: Mapping[str, Any],
    source: Source | str | None,
    reports: Mapping[str, Report],
) -> Claim:
    via = data.get("via")
    return Claim(
        source=str(data["source"]) if source is None else source,
        subject=data["subject"],
        predicate=data["predicate"],
        value=_value_from(data),
        polarity=data.get("polarity", "asserted"),
        hedge=data.get("hedge"),
        qualifiers=_json_tuple(data.get("qualifiers")),
        actor=data.get("actor"),
        place=data.get("place"),
        when=_span_from(data, "when"),
        stated=_span_from(data, "stated"),
        event=data.get("event"),
        via=None if via is None else reports[str(via)],
        quote=data.get("quote"),
        id=claim_id,
    )


# --------------------------------------------------------------------------- building


def _add_claim_nodes(
    graph: nx.MultiDiGraph,
    claims: Iterable[Claim],
    groups: Mapping[str, str],
    labels: Mapping[str, str],
) -> None:
    # A source is a node per distinct Source; a second, different Source under a name
    # already taken gets a numbered node, and its claims point to it by their asserts edge.
    source_nodes: dict[Source, str] = {}
    taken: Counter[str] = Counter()
    for claim in claims:
        group = groups.get(claim.id)
        node = claim_node(claim.id)
        graph.add_node(node, **_claim_attrs(claim, group, labels.get(group or "")))
        source = source_nodes.get(claim.source)
        if source is None:
            taken[claim.source.name] += 1
            count = taken[claim.source.name]
            source = source_node(claim.source.name) + ("" if count == 1 else f"~{count}")
            source_nodes[claim.source] = source
            graph.add_node(source, **_source_attrs(claim.source))
        graph.add_edge(source, node, key="asserts", relation="asserts")
        if claim.via is None:
            continue
        for report in claim.via.chain():
            here = report_node(report.id)
            if here not in graph:
                graph.add_node(here, **_report_attrs(report))
            if report.relays is not None:
                relayed = report_node(report.relays.id)
                if relayed not in graph:
                    graph.add_node(relayed, **_report_attrs(report.relays))
                if not graph.has_edge(here, relayed, key="relays"):
                    graph.add_edge(here, relayed, key="relays", relation="relays")
        graph.add_edge(report_node(claim.via.id), node, key="carries", relation="carries")
