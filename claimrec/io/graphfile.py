"""Claim graphs to and from files: GraphML, GEXF and node-link JSON, through networkx.

Every node and edge attribute of a :class:`~claimrec.graph.ClaimGraph` is a scalar
(string, number or boolean; intervals flattened to ``value_low``/``value_high``...,
absent values left out), so the files open in Gephi, yEd or Cytoscape as they are.
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

import json
import os
import re
from pathlib import Path
from typing import IO, Any

import networkx as nx

from claimrec.errors import FormatError
from claimrec.graph import ClaimGraph
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
        When the file is not GraphML, or its nodes lack the attributes of a claim graph.

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
    try:
        graph = nx.read_graphml(path, force_multigraph=True)
    except (nx.NetworkXError, ValueError, KeyError, OSError, SyntaxError) as exc:
        # SyntaxError: xml.etree's ParseError, for a file that is not XML at all
        if isinstance(exc, FileNotFoundError):
            raise
        raise FormatError(_name(path), [(0, f"not a GraphML claim graph ({exc})")]) from exc
    if not graph.is_directed():
        raise FormatError(_name(path), [(0, "a claim graph is directed")])
    return _rebuild(graph, path, vocabulary)


def write_gexf(graph: ClaimGraph, path: _PathOrFile) -> None:
    """Write the claim graph as GEXF (Gephi's format).

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

    Raises
    ------
    FormatError
        As for :func:`write_graphml`.
    """
    _check_xml(graph, path)
    nx.write_gexf(graph.nx, path)


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


def _from_data(data: Any, path: object, vocabulary: Vocabulary | None) -> ClaimGraph:
    if not isinstance(data, dict) or "nodes" not in data or "edges" not in data:
        raise FormatError(_name(path), [(0, "expected node-link data with 'nodes' and 'edges'")])
    try:
        graph = nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
    except (nx.NetworkXError, KeyError, TypeError) as exc:
        raise FormatError(_name(path), [(0, f"bad node-link data ({exc!r})")]) from None
    return _rebuild(graph, path, vocabulary)


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


def read_json(path: _PathOrText, *, vocabulary: Vocabulary | None = None) -> ClaimGraph:
    """Read a claim graph written by :func:`write_json`.

    Raises
    ------
    FormatError
        When the file is not JSON, or not node-link data of a claim graph.

    Examples
    --------
    >>> import io
    >>> from claimrec.io.graphfile import read_json
    >>> read_json(io.StringIO('{"nodes": []}'))
    Traceback (most recent call last):
    ...
    claimrec.errors.FormatError: ...expected node-link data with 'nodes' and 'edges'
    """
    if isinstance(path, str | os.PathLike):
        text = Path(path).read_text(encoding="utf-8")
    else:
        text = path.read()
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatError(
            _name(path), [(exc.lineno, f"not JSON ({exc.msg} at column {exc.colno})")]
        ) from None
    return _from_data(data, path, vocabulary)
