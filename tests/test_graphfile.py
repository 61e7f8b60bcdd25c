"""Graph files: GraphML and node-link JSON round-trips, GEXF export, malformed input."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimrec as cr
from claimrec.category import Category, SetValue, Unstated
from claimrec.errors import FormatError
from claimrec.graph import claim_graph
from claimrec.io.graphfile import (
    from_node_link,
    read_graphml,
    read_json,
    to_node_link,
    write_gexf,
    write_graphml,
    write_json,
)
from claimrec.model import Claim, Report, Source
from claimrec.timespan import TimeSpan
from tests.strategies import claims as claim_lists
from tests.strategies import quantities, set_values, timespans, unstated


def _edges(g):
    return sorted(
        (u, v, k, tuple(sorted(d.items()))) for u, v, k, d in g.edges(keys=True, data=True)
    )


def assert_equivalent(original, again):
    """Same nodes with the same attributes, same edges with the same attributes, same claims."""
    assert dict(again.nx.nodes(data=True)) == dict(original.nx.nodes(data=True))
    assert _edges(again.nx) == _edges(original.nx)
    assert again.claims == original.claims
    assert again.relationships == original.relationships
    assert again.evidence_groups() == original.evidence_groups()


def via_graphml(graph):
    buffer = io.BytesIO()
    write_graphml(graph, buffer)
    return read_graphml(io.BytesIO(buffer.getvalue()))


def via_json(graph):
    buffer = io.StringIO()
    write_json(graph, buffer)
    return read_json(io.StringIO(buffer.getvalue()))


@pytest.fixture(scope="module")
def mali():
    return claim_graph(cr.datasets.mali_2025())


@pytest.fixture(scope="module")
def varied():
    """Claims of every value type, with relays, hedges, qualifiers and statement times."""
    tv = Report(outlet="ORTM", published="2025-07-01", title="Statement", url="http://x", id="tv")
    relay = Report(outlet="Wire", published="2025-07-02", relays=tv, author="A. B.", id="wire")
    army = Source(name="FAMa", kind="state", party="Mali government", aliases=["Mali's army"],
                  reliability=0.4)  # fmt: skip
    base = {"subject": "militants", "predicate": "killed", "place": "Kayes", "when": "2025-07-01"}
    return claim_graph(
        [
            Claim(source=army, value="more than 80", via=tv, id="q1", **base),
            Claim(source=army, value="80", via=relay, id="q2",
                  qualifiers=["in Kayes", "provisional"],
                  **base),
            Claim(source="JNIM", value="10.5", id="q3", hedge="reportedly", stated="2025-07-03",
                  **base),
            Claim(source="X", subject="attack", predicate="occurred",
                  value=TimeSpan.parse("2025-07-01 morning"), id="t1"),
            Claim(source="X", subject="outcome", predicate="was", value=Category.of("Repelled"),
                  id="k1", polarity="denied", actor="JNIM", event="Kayes attack", quote="no"),
            Claim(source="X", subject="base", predicate="held", value=True, id="b1\tcr\r",
                  quote="line one\r\nline two\ttabbed"),
            Claim(source="X", subject="assault", predicate="described as", value="coordinated",
                  id="s1"),
        ]
    )  # fmt: skip


@pytest.mark.parametrize("trip", [via_graphml, via_json], ids=["graphml", "json"])
@pytest.mark.parametrize("name", ["mali", "varied"])
def test_round_trip_gives_an_equivalent_graph(trip, name, request):
    """Writing then reading GraphML or JSON gives the same nodes, edges and claims."""
    original = request.getfixturevalue(name)
    assert_equivalent(original, trip(original))


def test_node_link_round_trip_in_memory(varied):
    """to_node_link then from_node_link gives an equivalent graph; the dict is JSON-ready."""
    data = to_node_link(varied)
    json.dumps(data)
    assert_equivalent(varied, from_node_link(data))


@pytest.mark.parametrize(
    ("write", "read"), [(write_graphml, read_graphml), (write_json, read_json)]
)
def test_files_by_path(tmp_path, mali, write, read):
    """Writers and readers take str and Path paths."""
    path = tmp_path / "graph.out"
    write(mali, str(path))
    assert_equivalent(mali, read(path))


def test_gexf_opens_in_networkx(tmp_path, mali):
    """GEXF export keeps every node and edge, with their kinds and relations."""
    path = tmp_path / "graph.gexf"
    write_gexf(mali, path)
    back = nx.read_gexf(path)
    assert back.number_of_nodes() == mali.nx.number_of_nodes()
    assert back.number_of_edges() == mali.nx.number_of_edges()
    assert {d["kind"] for _, d in back.nodes(data=True)} == {"claim", "source", "report"}


def test_gexf_gives_graph_tools_typed_values(tmp_path):
    """Lists, 'no figure given', figures and times export as attributes Gephi can filter on."""
    claims = [
        Claim(source="A", subject="towns", predicate="attacked", id="list",
              value=SetValue.parse("seven towns including Kayes and Diboli")),
        Claim(source="B", subject="towns", predicate="attacked", id="all",
              value=SetValue(members=["Kayes", "Gao"])),
        Claim(source="C", subject="soldiers", predicate="killed", id="none",
              value="gave no figure"),
        Claim(source="D", subject="soldiers", predicate="killed", value="about 50", id="fig",
              when="2025-07"),
    ]  # fmt: skip
    path = tmp_path / "typed.gexf"
    write_gexf(claim_graph(claims), path)
    back = nx.read_gexf(path)
    listed, complete = back.nodes["claim:list"], back.nodes["claim:all"]
    assert listed["value_type"] == "set"
    assert json.loads(listed["value_members"]) == ["Diboli", "Kayes"]
    assert (listed["value_exhaustive"], listed["value_low"], listed["value_high"]) == (False, 7, 7)
    assert isinstance(listed["value_low"], float)
    assert (complete["value_low"], complete["value_high"], complete["value_exhaustive"]) == (
        2.0,
        2.0,
        True,
    )
    none = back.nodes["claim:none"]
    assert (none["value_type"], none["value_text"]) == ("unstated", "gave no figure")
    assert "value_low" not in none
    figure = back.nodes["claim:fig"]
    assert (figure["value_low"], figure["value_best"], figure["value_high"]) == (45.0, 50.0, 55.0)
    assert (figure["start"], figure["end"]) == ("2025-07-01", "2025-07-31")
    assert "start" not in back.nodes["claim:none"]


def test_typed_values_read_back_from_graphml_and_json():
    """A partial list with its count, and 'no figure given' with its words, come back typed."""
    claims = [
        Claim(source="A", subject="towns", predicate="attacked", id="list",
              value=SetValue.parse("sept villes dont Kayes et Diboli")),
        Claim(source="C", subject="soldiers", predicate="killed", value="sans bilan", id="none"),
    ]  # fmt: skip
    graph = claim_graph(claims)
    for again in (via_graphml(graph), via_json(graph)):
        values = {c.id: c.value for c in again.claims}
        assert values["list"] == claims[0].value
        assert values["list"].count.low == 7
        assert not values["list"].exhaustive
        assert isinstance(values["none"], Unstated)
        assert values["none"].text == "sans bilan"


_typed = st.lists(
    st.builds(
        Claim,
        source=st.sampled_from(("FAMa", "JNIM", "MINUSMA")),
        subject=st.sampled_from(("towns", "soldiers")),
        predicate=st.sampled_from(("attacked", "killed")),
        value=st.one_of(set_values(), unstated(), quantities(), timespans()),
        when=st.none() | timespans(),
        id=st.uuids().map(str),
    ),
    min_size=1,
    max_size=5,
)


@settings(max_examples=30, deadline=None)
@given(_typed)
def test_typed_values_round_trip_property(claims):
    """Lists, 'no figure given', figures and times: GraphML and JSON give the same claims back."""
    graph = claim_graph(claims)
    assert_equivalent(graph, via_graphml(graph))
    assert_equivalent(graph, via_json(graph))


_unique = claim_lists(max_size=5).map(lambda cs: list({c.id: c for c in cs}.values()))


def _xml_char(ch):
    code = ord(ch)
    return (
        code in (9, 10, 13)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or (code >= 0x10000)
    )


def _xml_safe(graph):
    texts = (
        [str(n) for n in graph.nx]
        + [v for _, d in graph.nx.nodes(data=True) for v in d.values() if isinstance(v, str)]
        + [v for _, _, d in graph.nx.edges(data=True) for v in d.values() if isinstance(v, str)]
    )
    return all(_xml_char(ch) for text in texts for ch in text)


@settings(max_examples=25, deadline=None)
@given(_unique)
def test_graphml_round_trip_property(claims):
    """Any claims: GraphML reads back an equivalent graph, or refuses text XML cannot carry."""
    graph = claim_graph(claims)
    if _xml_safe(graph):
        assert_equivalent(graph, via_graphml(graph))
    else:
        with pytest.raises(FormatError, match="XML cannot carry"):
            via_graphml(graph)


@settings(max_examples=25, deadline=None)
@given(_unique)
def test_json_round_trip_property(claims):
    """Any claims: the graph read back from node-link JSON is equivalent to the one written."""
    graph = claim_graph(claims)
    assert_equivalent(graph, via_json(graph))


# --------------------------------------------------------------------------- malformed input


@pytest.mark.parametrize("text", ["<html>not a graph</html>", "<<< not even XML"])
def test_read_graphml_rejects_non_graphml(tmp_path, text):
    """A file that is not GraphML (or not XML) raises FormatError naming the file."""
    path = tmp_path / "bad.graphml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FormatError) as info:
        read_graphml(path)
    assert info.value.path == str(path)


def test_read_graphml_rejects_an_undirected_graph(tmp_path):
    """An undirected GraphML file is not a claim graph."""
    path = tmp_path / "undirected.graphml"
    nx.write_graphml(nx.path_graph(2), path)
    with pytest.raises(FormatError, match="directed"):
        read_graphml(path)


def test_read_graphml_lists_nodes_that_are_not_claims(tmp_path):
    """A GraphML graph whose nodes lack claim attributes raises FormatError listing them."""
    path = tmp_path / "plain.graphml"
    nx.write_graphml(nx.MultiDiGraph([("a", "b")]), path)
    with pytest.raises(FormatError) as info:
        read_graphml(path)
    assert len(info.value.problems) == 3  # two nodes and the edge


@pytest.mark.parametrize(
    ("text", "why"),
    [("{not json", "not JSON"), ('{"nodes": []}', "expected node-link data"),
     ("[1, 2]", "expected node-link data"),
     ('{"nodes": [{"kind": "claim"}], "edges": []}', "node id None is not a string"),
     ('{"nodes": [], "edges": [{"source": 1}]}', "edge source 1 is not a node id")],
)  # fmt: skip
def test_read_json_rejects_malformed_input(text, why):
    """Malformed JSON raises FormatError saying what is wrong."""
    with pytest.raises(FormatError, match=why):
        read_json(io.StringIO(text))


def test_read_json_reports_claims_it_cannot_rebuild(mali):
    """A claim node with a bad value type is reported, with the node named."""
    data = to_node_link(mali)
    for node in data["nodes"]:
        if node["id"] == "claim:jnim-seized":
            node["value_type"] = "colour"
    with pytest.raises(FormatError, match="claim:jnim-seized"):
        from_node_link(data)


def test_control_characters_are_refused_before_writing(tmp_path):
    """A control character in a text raises FormatError naming the node; no file is written."""
    graph = claim_graph([Claim(source="A", subject="bell\x07", predicate="rang", id="c")])
    path = tmp_path / "g.graphml"
    with pytest.raises(FormatError, match="U\\+0007") as info:
        write_graphml(graph, path)
    assert "claim:c" in str(info.value)
    assert not path.exists()
    with pytest.raises(FormatError):
        write_gexf(graph, tmp_path / "g.gexf")
