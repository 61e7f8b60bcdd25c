"""Claim graphs to and from files: GraphML, GEXF and node-link JSON, through networkx.

Every node and edge attribute of a :class:`~claimrec.graph.ClaimGraph` is a scalar
(string, number or boolean; intervals flattened to ``value_low``/``value_high``...,
absent values left out), so the files open in Gephi, yEd or Cytoscape as they are.
Typed values stay typed: a figure's bounds are numbers, a list (``value_type`` ``set``)
has its members as JSON, completeness and how many as numbers, "no figure given" is
``value_type`` ``unstated``, times are ISO strings (and GEXF spells).
GraphML and JSON read back into an equivalent graph, claims included: the claim
nodes carry their fields and a ``value_type`` tag to rebuild them.

Examples
--------
>>> import io, claimrec as cr
>>> from claimrec.graph import claim_graph
>>> from claimrec.io.graphfile import read_graphml, write_graphml
>>> graph = claim_graph(cr.datasets.mali_2025())
>>> buffer = io.BytesIO()
>>> write_graphml(graph, buffer)
>>> again = read_graphml(io.BytesIO(buffer.getvalue()))
>>> again.claims == graph.claims, again.relationships == graph.relationships
(True, True)
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import os
import re
import warnings
import xml.parsers.expat
from pathlib import Path
from typing import IO, Any

import networkx as nx

from claimrec.errors import FormatError
from claimrec.graph import ClaimGraph
from claimrec.io._json import JSONProblem, check_encoding, decode, loads
from claimrec.vocab import Vocabulary

__all__ = [
    "from_node_link",
    "read_graphml",
    "read_json",
    "to_node_link",
    "write_gexf",
    "write_graphml",
    "write_json",
]

_PathOrFile = str | os.PathLike[str] | IO[bytes]
_PathOrText = str | os.PathLike[str] | IO[str]
#: Characters XML 1.0 cannot carry (control characters, surrogates, U+FFFE, U+FFFF).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _check_xml(graph: ClaimGraph, path: object) -> None:
    """Raise FormatError listing every node or edge whose text XML cannot carry."""
    problems: list[tuple[int, str]] = []

    def scan(number: int, what: str, items: dict[str, Any]) -> None:
        for key, value in items.items():
            if isinstance(value, str):
                found = _NOT_XML.search(value)
                if found is not None:
                    code = f"U+{ord(found.group()):04X}"
                    problems.append((number, f"{what} attribute {key!r} holds {code}"))

    for number, (node, data) in enumerate(graph.nx.nodes(data=True), start=1):
        scan(number, f"node {node!r}", {"id": str(node), **data})
    for number, (u, v, data) in enumerate(graph.nx.edges(data=True), start=1):
        scan(number, f"edge {u!r} -> {v!r}", data)
    if problems:
        problems.insert(0, (0, "XML cannot carry control characters; clean the text first"))
        raise FormatError(_name(path), problems)


def _name(path: object) -> str | None:
    if isinstance(path, str | os.PathLike):
        return os.fspath(path)
    name = getattr(path, "name", None)
    return name if isinstance(name, str) else None


class _UnsafeXMLError(Exception):
    pass


def _refuse_dtd(*_args: object) -> None:
    raise _UnsafeXMLError


def _xml_problem(data: bytes) -> tuple[int, str] | None:
    """Return (line, why) when ``data`` is not well-formed XML without a DTD, else None.

    claimrec's own guarantee, whatever the installed expat: a GraphML file may hold no
    document type declaration, so no entity is ever defined or expanded (no
    billion-laughs, no external entity, no network or file access).
    """
    parser = xml.parsers.expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _refuse_dtd
    parser.EntityDeclHandler = _refuse_dtd
    parser.ExternalEntityRefHandler = _refuse_dtd  # type: ignore[assignment]
    try:
        parser.Parse(data, True)  # noqa: FBT003 - expat's isfinal
    except _UnsafeXMLError:
        line = parser.CurrentLineNumber
        return (line, "a DOCTYPE or ENTITY declaration; claimrec reads no DTD (XML safety)")
    except xml.parsers.expat.ExpatError as exc:
        return (exc.lineno, f"not well-formed XML ({xml.parsers.expat.errors.messages[exc.code]})")
    except (LookupError, ValueError) as exc:  # an unknown encoding in the declaration
        return (1, f"unreadable XML declaration ({exc})")
    return None


def _rebuild(graph: nx.MultiDiGraph, path: object, vocabulary: Vocabulary | None) -> ClaimGraph:
    try:
        return ClaimGraph.from_networkx(graph, vocabulary=vocabulary)
    except FormatError as exc:
        raise FormatError(_name(path), exc.problems) from None


def write_graphml(graph: ClaimGraph, path: _PathOrFile) -> None:
    """Write the claim graph as GraphML (for yEd, Cytoscape, Gephi, igraph).

    Parameters
    ----------
    graph : ClaimGraph
    path : str, path-like or binary file

    Examples
    --------
    >>> import io, claimrec as cr
    >>> from claimrec.graph import claim_graph
    >>> from claimrec.io.graphfile import write_graphml
    >>> buffer = io.BytesIO()
    >>> write_graphml(claim_graph(cr.datasets.mali_2025()), buffer)
    >>> b'attr.name="relation"' in buffer.getvalue()
    True

    Raises
    ------
    FormatError
        When a text holds a character XML cannot carry (a control character), listing
        every such node and edge; nothing is written.
    """
    _check_xml(graph, path)
    from networkx.readwrite.graphml import GraphMLWriter  # noqa: PLC0415 - only here

    writer = GraphMLWriter(graph=graph.nx, encoding="utf-8", named_key_ids=True)
    # ElementTree leaves a carriage return in element text as it is, and every XML parser
    # reads it back as a line feed: write it as a character reference so it survives.
    text = str(writer).replace("\r", "&#13;")
    data = ("<?xml version='1.0' encoding='utf-8'?>\n" + text + "\n").encode("utf-8")
    if isinstance(path, str | os.PathLike):
        Path(path).write_bytes(data)
    else:
        path.write(data)


def read_graphml(path: _PathOrFile, *, vocabulary: Vocabulary | None = None) -> ClaimGraph:
    """Read a claim graph written by :func:`write_graphml`.

    Parameters
    ----------
    path : str, path-like or binary file
    vocabulary : Vocabulary, optional
        For party look-ups in the graph's queries; the shipped one by default.

    Returns
    -------
    ClaimGraph

    Raises
    ------
    FormatError
        When the file is not GraphML, or its nodes lack the attributes of a claim graph;
        for any DOCTYPE or ENTITY declaration (XML safety: no entity is ever expanded).

    Examples
    --------
    >>> import io, claimrec as cr
    >>> from claimrec.graph import claim_graph
    >>> from claimrec.io.graphfile import read_graphml, write_graphml
    >>> buffer = io.BytesIO()
    >>> write_graphml(claim_graph(cr.datasets.mali_2025()), buffer)
    >>> read_graphml(io.BytesIO(buffer.getvalue()))
    <ClaimGraph claims=17 sources=5 contradictions=1>
    """
    data = Path(path).read_bytes() if isinstance(path, str | os.PathLike) else path.read()
    if not isinstance(data, bytes):
        raise FormatError(_name(path), [(0, "open the GraphML file in binary mode ('rb')")])
    problem = _xml_problem(data)
    if problem is not None:
        raise FormatError(_name(path), [problem])
    try:
        with warnings.catch_warnings():
            # networkx only warns of what our files never hold (a key with no type): refuse it
            warnings.simplefilter("error", UserWarning)
            graph = nx.read_graphml(io.BytesIO(data), force_multigraph=True)
    except (
        UserWarning,
        nx.NetworkXError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        LookupError,
        SyntaxError,  # xml.etree's ParseError
    ) as exc:
        raise FormatError(_name(path), [(0, f"not a GraphML claim graph ({exc})")]) from None
    if not graph.is_directed():
        raise FormatError(_name(path), [(0, "a claim graph is directed")])
    return _rebuild(graph, path, vocabulary)


def write_gexf(graph: ClaimGraph, path: _PathOrFile) -> None:
    """Write the claim graph as GEXF (Gephi's format).

    Values keep their types as attributes Gephi can filter on: a figure's (or a list's
    count's) ``value_low``, ``value_best`` and ``value_high`` as numbers, a list's
    ``value_members`` (JSON) and ``value_exhaustive``, ``value_type`` (``quantity``,
    ``set``, ``unstated`` for "no figure given", ``timespan``...), ``value`` as the label.
    A claim's time (``when``) is also its spell (``start``/``end``, days inclusive), so
    Gephi's timeline shows claims by the time they speak of.

    Parameters
    ----------
    graph : ClaimGraph
    path : str, path-like or binary file

    Examples
    --------
    >>> import io, claimrec as cr
    >>> from claimrec.graph import claim_graph
    >>> from claimrec.io.graphfile import write_gexf
    >>> buffer = io.BytesIO()
    >>> write_gexf(claim_graph(cr.datasets.mali_2025()), buffer)
    >>> buffer.getvalue().startswith(b"<?xml")
    True
    >>> b'title="value_best" type="double"' in buffer.getvalue()
    True
    >>> b'start="2025-07-01"' in buffer.getvalue(), b'timeformat="date"' in buffer.getvalue()
    (True, True)

    Raises
    ------
    FormatError
        As for :func:`write_graphml`.
    """
    _check_xml(graph, path)
    nx.write_gexf(_with_spells(graph.nx), path)


def _with_spells(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """Return a copy whose claim nodes with a time carry GEXF's ``start``/``end``.

    The days are inclusive (a claim of 1 July 2025 is ``start=end="2025-07-01"``); claims
    without a time, sources and reports have no spell and show at every time.
    """
    spans = {
        node: (str(data["when_start"]), str(data["when_end"]))
        for node, data in graph.nodes(data=True)
        if "when_start" in data and "when_end" in data
    }
    if not spans:
        return graph
    out = graph.copy()
    for node, (start, end) in spans.items():
        first = dt.datetime.fromisoformat(start).date()
        last = (dt.datetime.fromisoformat(end) - dt.timedelta(microseconds=1)).date()
        out.nodes[node]["start"] = first.isoformat()
        out.nodes[node]["end"] = max(first, last).isoformat()
    return out


def to_node_link(graph: ClaimGraph) -> dict[str, Any]:
    """Return the claim graph as networkx node-link data (a JSON-ready dict).

    The dict has ``"directed"``, ``"multigraph"``, ``"graph"``, ``"nodes"`` (each with
    its ``"id"`` and attributes) and ``"edges"`` (``"source"``, ``"target"``, ``"key"``
    and attributes).

    Examples
    --------
    >>> import claimrec as cr
    >>> from claimrec.graph import claim_graph
    >>> from claimrec.io.graphfile import to_node_link
    >>> data = to_node_link(claim_graph(cr.datasets.mali_2025()))
    >>> sorted(data)
    ['directed', 'edges', 'graph', 'multigraph', 'nodes']
    >>> sorted({e["relation"] for e in data["edges"]})
    ['asserts', 'carries', 'compatible', 'contradicts', 'relays']
    """
    data: dict[str, Any] = nx.node_link_data(graph.nx, edges="edges")
    for edge in data["edges"]:
        for key, value in edge.items():
            if isinstance(value, float) and not math.isfinite(value):
                # JSON has no infinity: a ratio of central values 0 and 5 is written "inf"
                # (read back as a float); strict JSON readers refuse a bare Infinity
                edge[key] = repr(value)
    return data


def from_node_link(data: dict[str, Any], *, vocabulary: Vocabulary | None = None) -> ClaimGraph:
    """Rebuild a claim graph from :func:`to_node_link` data.

    Raises
    ------
    FormatError
        When the data is not node-link data of a claim graph.

    Examples
    --------
    >>> import claimrec as cr
    >>> from claimrec.graph import claim_graph
    >>> from claimrec.io.graphfile import from_node_link, to_node_link
    >>> graph = claim_graph(cr.datasets.mali_2025())
    >>> from_node_link(to_node_link(graph)).claims == graph.claims
    True
    """
    return _from_data(data, None, vocabulary)


_SCALARS = (str, int, float, bool)


def _node_link_problems(data: dict[str, Any]) -> list[tuple[int, str]]:
    """Every problem of node-link data's shape, as (node or edge number, what)."""
    nodes, edges = data["nodes"], data["edges"]
    if not isinstance(nodes, list) or not isinstance(edges, list):
        return [(0, "'nodes' and 'edges' must be lists")]
    problems: list[tuple[int, str]] = []
    ids: set[str | int] = set()
    for number, node in enumerate(nodes, start=1):
        if not isinstance(node, dict):
            problems.append((number, "a node must be an object"))
            continue
        node_id = node.get("id")
        if isinstance(node_id, bool) or not isinstance(node_id, str | int):
            problems.append((number, f"node id {node_id!r} is not a string or a number"))
        else:
            ids.add(node_id)
        for key, value in node.items():
            if value is not None and not isinstance(value, _SCALARS):
                problems.append((number, f"node attribute {key!r} is not a scalar"))
    for number, edge in enumerate(edges, start=1):
        if not isinstance(edge, dict):
            problems.append((number, "an edge must be an object"))
            continue
        for end in ("source", "target"):
            if edge.get(end) not in ids or isinstance(edge.get(end), bool):
                problems.append((number, f"edge {end} {edge.get(end)!r} is not a node id"))
        for key, value in edge.items():
            if value is not None and not isinstance(value, _SCALARS):
                problems.append((number, f"edge attribute {key!r} is not a scalar"))
    return problems


def _from_data(data: Any, path: object, vocabulary: Vocabulary | None) -> ClaimGraph:
    if not isinstance(data, dict) or "nodes" not in data or "edges" not in data:
        raise FormatError(_name(path), [(0, "expected node-link data with 'nodes' and 'edges'")])
    problems = _node_link_problems(data)
    if problems:
        raise FormatError(_name(path), problems)
    # A claim graph is a directed multigraph, whatever the data says of itself.
    shaped = {**data, "directed": True, "multigraph": True}
    shaped["edges"] = [_finite_back(edge) for edge in data["edges"]]
    try:
        graph = nx.node_link_graph(shaped, edges="edges")
    except (nx.NetworkXError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise FormatError(_name(path), [(0, f"bad node-link data ({exc!r})")]) from None
    return _rebuild(graph, path, vocabulary)


def _finite_back(edge: Any) -> Any:
    """Return the edge with a ratio written ``"inf"`` (:func:`to_node_link`) as a float."""
    ratio = edge.get("magnitude_ratio") if isinstance(edge, dict) else None
    if isinstance(ratio, str) and ratio == "inf":
        return {**edge, "magnitude_ratio": math.inf}
    return edge


def write_json(graph: ClaimGraph, path: _PathOrText) -> None:
    """Write the claim graph as node-link JSON (:func:`to_node_link`).

    Examples
    --------
    >>> import io, claimrec as cr
    >>> from claimrec.graph import claim_graph
    >>> from claimrec.io.graphfile import read_json, write_json
    >>> buffer = io.StringIO()
    >>> write_json(claim_graph(cr.datasets.mali_2025()), buffer)
    >>> read_json(io.StringIO(buffer.getvalue()))
    <ClaimGraph claims=17 sources=5 contradictions=1>
    """
    text = json.dumps(to_node_link(graph), ensure_ascii=False, indent=1)
    if isinstance(path, str | os.PathLike):
        Path(path).write_text(text, encoding="utf-8")
    else:
        path.write(text)


def read_json(
    path: _PathOrText | IO[bytes],
    *,
    vocabulary: Vocabulary | None = None,
    encoding: str = "utf-8",
) -> ClaimGraph:
    """Read a claim graph written by :func:`write_json`.

    Parameters
    ----------
    path : str, path-like, or text or binary stream
    vocabulary : Vocabulary, optional
        For party look-ups in the graph's queries; the shipped one by default.
    encoding : str, default "utf-8"
        The file's text encoding (for paths and binary streams).

    Raises
    ------
    FormatError
        When the file is not text in ``encoding``, not strict JSON (a key twice in one
        object, ``NaN``, a number beyond float range...), or not node-link data of a
        claim graph.

    Examples
    --------
    >>> import io
    >>> from claimrec.io.graphfile import read_json
    >>> read_json(io.StringIO('{"nodes": []}'))
    Traceback (most recent call last):
    ...
    claimrec.errors.FormatError: ...expected node-link data with 'nodes' and 'edges'
    """
    bad = check_encoding(encoding)
    if bad is not None:
        raise FormatError(_name(path), [(0, bad)])
    raw = Path(path).read_bytes() if isinstance(path, str | os.PathLike) else path.read()
    try:
        text = decode(raw, encoding, max_bytes=None) if isinstance(raw, bytes) else raw
        data = loads(text, max_chars=None)
    except JSONProblem as exc:
        raise FormatError(_name(path), [(exc.line, exc.what)]) from None
    return _from_data(data, path, vocabulary)
