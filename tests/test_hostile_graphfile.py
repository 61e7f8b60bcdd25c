"""Hostile graph files: XML safety as claimrec's own guarantee, malformed node-link data.

Reproducer classes of issue 13: GraphML refused XXE and billion-laughs only because of the
installed expat; an unknown XML encoding name raised ``LookupError``; ``id: null`` or
non-list ``nodes`` in node-link data raised ``ValueError``/``AttributeError``; deep JSON
nesting raised ``RecursionError``.
"""

from __future__ import annotations

import contextlib
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.graph import claim_graph
from claimrec.io.graphfile import from_node_link, read_graphml, read_json, write_graphml

_NS = 'xmlns="http://graphml.graphdrawing.org/xmlns"'
_BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\n'
    f'<graphml {_NS}><graph edgedefault="directed"><node id="&lol3;"/></graph></graphml>'
)
_XXE = (
    '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'
    f'<graphml {_NS}><graph edgedefault="directed"><node id="n"><data key="d">&e;</data>'
    "</node></graph></graphml>"
)
_PARAMETER_ENTITY = (
    '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY % p SYSTEM "http://example.invalid/x.dtd">'
    f" %p;]>\n<graphml {_NS}/>"
)


def _graphml() -> bytes:
    buffer = io.BytesIO()
    write_graphml(claim_graph(cr.datasets.mali_2025()[:3]), buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("text", [_BILLION_LAUGHS, _XXE, _PARAMETER_ENTITY])
def test_graphml_with_a_dtd_is_refused_whatever_the_expat(text):
    """Billion laughs, XXE, parameter entities: refused before parsing, naming the DTD."""
    with pytest.raises(cr.FormatError, match="DOCTYPE or ENTITY") as info:
        read_graphml(io.BytesIO(text.encode()))
    assert info.value.line == 2


@pytest.mark.parametrize("encoding", ["wtf-8", "x-unknown", "utf-7"])
def test_unknown_xml_encoding_name_is_a_format_error(encoding):
    """An unknown or unsupported encoding in the XML declaration is a FormatError."""
    data = _graphml().replace(b"encoding='utf-8'", f"encoding='{encoding}'".encode(), 1)
    with pytest.raises(cr.FormatError):
        read_graphml(io.BytesIO(data))


def test_graphml_from_a_text_stream_is_a_format_error():
    """GraphML is bytes: a text stream is refused with a hint, not a TypeError."""
    with pytest.raises(cr.FormatError, match="binary mode"):
        read_graphml(io.StringIO("<graphml/>"))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("data", "why"),
    [({"nodes": [{"id": None}], "edges": []}, "node id None"),
     ({"nodes": "abc", "edges": []}, "must be lists"),
     ({"nodes": [1], "edges": []}, "a node must be an object"),
     ({"nodes": [{"id": True}], "edges": []}, "node id True"),
     ({"nodes": [{"id": "a", "x": [1]}], "edges": []}, "not a scalar"),
     ({"nodes": [{"id": "a"}], "edges": [{"source": "a", "target": "b"}]}, "target 'b'"),
     ({"nodes": [{"id": "a"}], "edges": ["a"]}, "an edge must be an object"),
     ({"nodes": [], "edges": {}}, "must be lists")],
)  # fmt: skip
def test_node_link_id_null_or_non_list_nodes_is_a_format_error(data, why):
    """Malformed node-link data is a FormatError saying what is wrong, not a Python error."""
    with pytest.raises(cr.FormatError, match=why):
        from_node_link(data)


@pytest.mark.parametrize(
    ("text", "why"),
    [('{"nodes": [], "edges": [], "a": 1, "a": 2}', "appears twice"),
     ('{"nodes": [], "edges": [], "x": 1e400}', "beyond the range"),
     ('{"nodes": [], "edges": [], "x": NaN}', "not a JSON number"),
     ('{"nodes": ' + "[" * 100_000, "nested too deeply")],
)  # fmt: skip
def test_node_link_json_is_read_strictly(text, why):
    """Duplicate keys, non-finite numbers and deep nesting are FormatErrors."""
    with pytest.raises(cr.FormatError, match=why):
        read_json(io.StringIO(text))


def test_node_link_json_in_latin1_names_the_line_and_hints_the_encoding():
    """A Latin-1 node-link file says which line holds the bad byte; encoding= reads it."""
    graph = claim_graph([cr.Claim(source="FAMa", subject="militants", predicate="killed",
                                  place="Ménaka")])  # fmt: skip
    text = json.dumps(cr.to_node_link(graph), ensure_ascii=False, indent=1)
    data = text.encode("latin-1")
    with pytest.raises(cr.FormatError, match="encoding='latin-1'") as info:
        read_json(io.BytesIO(data))
    assert info.value.line is not None
    assert info.value.line > 1
    assert read_json(io.BytesIO(data), encoding="latin-1").claims == graph.claims


_SEED = _graphml()
_TOKENS = [b"<!DOCTYPE x>", b"&amp;", b"&#0;", b"\xe9", b"\x00", b"]]>", b"<", b"'",
           b'attr.type="int"', b'attr.type="boolean"', b'<data key="d0">x</data>',
           b"encoding='utf-16'"]  # fmt: skip


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(_SEED)), st.integers(0, 8), st.sampled_from(_TOKENS)),
                max_size=3))  # fmt: skip
def test_mutated_graphml_reads_or_raises_a_claimrec_error(edits):
    """A GraphML claim graph with hostile tokens spliced in never raises a Python error."""
    data = bytearray(_SEED)
    for position, cut, token in edits:
        data[position : position + cut] = token
    with contextlib.suppress(cr.ClaimrecError):
        read_graphml(io.BytesIO(bytes(data)))


@settings(max_examples=40, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                    lambda c: st.lists(c, max_size=3) | st.dictionaries(
                        st.sampled_from(["id", "nodes", "edges", "source", "target", "kind",
                                         "key", "relation"]), c, max_size=4),
                    max_leaves=12))  # fmt: skip
def test_any_json_value_as_node_link_data_is_a_graph_or_a_claimrec_error(data):
    """from_node_link on any JSON value gives a graph or a ClaimrecError."""
    with contextlib.suppress(cr.ClaimrecError):
        from_node_link(data)


def test_graphml_attribute_holding_deeply_nested_json_is_a_format_error():
    """A source's aliases attribute nested 100,000 deep is a FormatError, not RecursionError."""
    source = cr.Source(name="FAMa", aliases=["Malian Armed Forces"])
    graph = claim_graph([cr.Claim(source=source, subject="militants", predicate="killed")])
    buffer = io.BytesIO()
    write_graphml(graph, buffer)
    data = buffer.getvalue()
    assert b'["Malian Armed Forces"]' in data
    hostile = data.replace(b'["Malian Armed Forces"]', b"[" * 100_000)
    with pytest.raises(cr.FormatError, match="nested too deeply"):
        read_graphml(io.BytesIO(hostile))


def test_graphml_key_without_a_type_is_a_format_error():
    """networkx's warning on a key with no type becomes claimrec's error, not a stray warning."""
    data = bytearray(_SEED)
    data[1019:1027] = b"\xe9"
    data[1019:1027] = b"&amp;"
    with pytest.raises(cr.FormatError, match="No key type"):
        read_graphml(io.BytesIO(bytes(data)))
