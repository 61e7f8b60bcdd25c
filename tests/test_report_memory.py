"""The text report grown in place, and reconcile's temporaries (issue 12, thirteenth round).

``render_report`` writes its text as one string grown in place instead of through a buffer
read out at the end (which held the text twice at the stage's peak). The oracle below is the
report written the plain way, a list of lines joined at the end, on made-up claims and on the
benchmark's synthetic claims: the two must agree to the character.
"""

from __future__ import annotations

import sys
import tracemalloc

import pytest

import claimrec as cr
from claimrec.category import Unstated
from claimrec.report import _item_claims, _provenance, item_words, said


def _plain_report(graph: cr.ClaimGraph, result: cr.Reconciliation | None) -> str:
    """The report as a list of lines joined once: slow and memory-hungry, plainly right."""
    lines: list[str] = []
    disputes, corroborations, echoes = graph.disputes(), graph.corroborations(), graph.echoes()

    def claim_line(claim: cr.Claim) -> str:
        return f"{said(claim)}\n        from {_provenance(claim, {})}"

    lines.append(
        f"{len(graph.claims)} claims from {len(graph.sources)} sources about"
        f" {len(graph.groups())} items: {len(disputes)} disputed,"
        f" {len(corroborations)} corroborated, {len(echoes)} echoed"
    )
    lines += ["", "DISPUTED"]
    if not disputes:
        lines.append("    (nothing disputed)")
    for number, dispute in enumerate(disputes, start=1):
        lines.append(f"{number}. {item_words(dispute.claims)}")
        for side_no, side in enumerate(dispute.sides, start=1):
            lines += [f"    side {side_no}: {claim_line(claim)}" for claim in side]
        lines += ["    " + rel.explain().splitlines()[0] for rel in dispute.relationships]
        if result is not None:
            lines.append(f"    => {result.item(dispute.sides[0][0]).note}")
    lines += ["", "CORROBORATED (more than one independent source)"]
    if not corroborations:
        lines.append("    (no claim is supported by an independent second source)")
    for c in corroborations:
        lines.append(f"    {said(c.claim)}  <- {', '.join(s.name for s in c.sources)}")
    lines += ["", "ECHOES (one statement relayed by several reports: one piece of evidence)"]
    if not echoes:
        lines.append("    (no statement is relayed by more than one report)")
    for echo in echoes:
        lines.append(f"    {claim_line(echo.primary)}")
        for relay in echo.relays:
            lossy = " LOSSY RELAY (lost a qualifier)" if relay in echo.lossy else ""
            lines.append(f"      relayed by {_provenance(relay, {})}{lossy}")
    silent = [c for c in graph.claims if isinstance(c.value, Unstated)]
    if silent:
        lines += ["", "NO FIGURE GIVEN (neither supports nor contradicts a figure)"]
        lines += [f"    {claim_line(claim)}" for claim in silent]
    if result is not None:
        lonely = [i for i in result.items if not i.contested and "uncorroborated" in i.note]
        lines += ["", f"SINGLE-SOURCE, UNCORROBORATED ({len(lonely)} items)"]
        worded = sorted((item_words(_item_claims(graph, i)), i.value) for i in lonely)
        lines += [f"    {words} => {value}" for words, value in worded]
        lines += ["", f"SOURCE TRUST ({result.method}, {result.stop_reason})"]
        for s in sorted(result.sources, key=lambda s: (-s.trust, s.source, s.scope)):
            scope = f" [{s.scope}]" if s.scope else ""
            lines.append(f"    {s.source + scope:36s} {s.trust:.3f}  ({s.claims} claims)")
    return "\n".join(lines)


def _made_up() -> list[cr.Claim]:
    relay = cr.Report(outlet="Wire", published="2031-03-02")
    return [
        cr.Claim(source="Army", subject="soldiers", predicate="killed", value="4",
                 place="Tarvel", when="2031-03-01", id="a1"),
        cr.Claim(source="Rebels", subject="soldiers", predicate="killed", value="about 60",
                 place="Tarvel", when="2031-03-01", id="r1", via=relay),
        cr.Claim(source="Monitor", subject="soldiers", predicate="killed", value="at least 55",
                 place="Tarvel", when="2031-03-01", id="m1"),
        cr.Claim(source="Ministry", subject="soldiers", predicate="killed",
                 value="gave no figure", place="Tarvel", when="2031-03-01", id="n1"),
        cr.Claim(source="Rebels", subject="bridge", predicate="destroyed",
                 place="Ossam", when="2031-03-04", id="b1"),
        cr.Claim(source="Rebels", subject="bridge", predicate="destroyed",
                 place="Ossam", when="2031-03-04", id="b2", via=cr.Report(outlet="Radio")),
    ]  # fmt: skip


@pytest.mark.parametrize("with_result", [True, False])
def test_the_report_grown_in_place_is_the_plain_report_on_made_up_claims(with_result):
    graph = cr.claim_graph(_made_up())
    result = cr.reconcile(graph) if with_result else None
    text = cr.render_report(graph, result)
    assert text == _plain_report(graph, result)
    assert "NO FIGURE GIVEN" in text
    assert "DISPUTED" in text


def test_the_report_grown_in_place_is_the_plain_report_on_synthetic_claims():
    from benchmarks._synthetic import build_world, generate  # noqa: PLC0415 - the benchmark's

    vocabulary = build_world(seed=3).vocabulary
    claims = generate(1000, seed=3).claims
    graph = cr.claim_graph(cr.align(claims, vocabulary=vocabulary), vocabulary=vocabulary)
    result = cr.reconcile(graph)
    text = cr.render_report(graph, result)
    assert graph.disputes()  # the sections with many lines are there
    assert graph.echoes()
    assert text == _plain_report(graph, result)


def test_the_report_does_not_hold_its_text_twice():
    """The stage's peak is the text once and the answers' temporaries, not two texts.

    With the queries answered beforehand, the memory allocated while rendering peaks at
    under one and a half times the text's size in bytes (a buffer read out at the end peaked above
    twice it).
    """
    from benchmarks._synthetic import build_world, generate  # noqa: PLC0415 - the benchmark's

    vocabulary = build_world(seed=4).vocabulary
    claims = generate(1000, seed=4).claims
    graph = cr.claim_graph(cr.align(claims, vocabulary=vocabulary), vocabulary=vocabulary)
    result = cr.reconcile(graph)
    cr.render_report(graph, result)  # the graph's answers, cached, and the caches warm
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        text = cr.render_report(graph, result)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    size = sys.getsizeof(text)  # bytes: the text's characters may take one to four each
    assert len(text) > 100_000
    assert peak - before < 1.5 * size


def test_known_claims_given_as_a_generator_are_read_once():
    claims = _made_up()
    graph = cr.claim_graph(claims)
    listed = cr.reconcile(graph, known=["m1"])
    generated = cr.reconcile(graph, known=(c for c in claims if c.id == "m1"))
    assert listed.item("m1").value == generated.item("m1").value == "at least 55"
    assert [v.verdict for v in listed.claims] == [v.verdict for v in generated.claims]
    with pytest.raises(cr.UnknownNameError):
        cr.reconcile(graph, known=iter(["nobody"]))
