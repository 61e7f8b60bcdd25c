"""The analyst's reports: plain text, and the self-contained HTML page in a real browser."""

from __future__ import annotations

import gc
import os
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimrec as cr
from claimrec.report import _claim_html, _provenance

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DOCS = Path(__file__).resolve().parent.parent / "docs"


@pytest.fixture(scope="module")
def mali():
    graph = cr.claim_graph(cr.datasets.mali_2025())
    return graph, cr.reconcile(graph)


def _french_claims():
    report = cr.Report(outlet="Studio Tamani", published="2025-06-03")
    return [
        cr.Claim(source="FAMa", subject="aéronef", predicate="atterrissage d'urgence",
                 place="Tombouctou", when="2025-06-02", via=report, id="a"),
        cr.Claim(source="JNIM", subject="aéronef", predicate="abattu", place="Tombouctou",
                 when="2025-06-02", via=report, id="b"),
    ]  # fmt: skip


def test_item_words_are_the_claims_words():
    """Labels show the words as written (accents, apostrophes), never the matching key."""
    assert cr.item_words(_french_claims()[:1]) == (
        "aéronef atterrissage d'urgence | Tombouctou | 2025-06-02"
    )
    text = cr.render_report(cr.claim_graph(_french_claims()))
    assert "atterrissage durgence" not in text


def test_text_report_leads_with_the_dispute(mali):
    """The text report's dispute shows both sides with their report chains."""
    text = cr.render_report(*mali)
    assert text.splitlines()[3] == "1. attacks thwarted | western Mali | 2025-07-01 morning"
    assert "News report 2025-07-02 < ORTM 2025-07-01" in text


def test_html_is_self_contained(mali):
    """The page loads nothing: no script, no stylesheet link, no remote image or font."""
    page = cr.render_html(*mali)
    assert "<script" not in page
    assert "<link" not in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "@import" not in page
    assert "url(" not in page


def test_html_shows_disputes_first_with_quotes_and_chains(mali):
    """Disputes come before estimates; each side has its quote and its whole chain."""
    page = cr.render_html(*mali)
    assert page.index('id="disputes"') < page.index('id="estimates"') < page.index('id="graph"')
    dispute = page.split('id="estimates"')[0]
    assert "&ldquo;seized control of three military installations&rdquo;" in dispute
    assert "News report 2025-07-02 &larr; ORTM 2025-07-01" in dispute
    assert "confidence 0.50" in dispute


def test_html_accounts_for_every_claim(mali):
    """Every input claim appears in the all-claims table."""
    graph, result = mali
    page = cr.render_html(graph, result)
    for claim in graph.claims:
        assert f'id="claim-{claim.id}"' in page


def test_html_escapes_claim_text():
    """Markup in a claim's words is shown as text, never run."""
    claims = [cr.Claim(source="<script>alert(1)</script>", subject="a", predicate="b")]
    page = cr.render_html(cr.claim_graph(claims))
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_graph_picture_shows_contradictions_and_sources_apart(mali):
    """The SVG has one dot per claim, one box per source and a red contradiction edge."""
    svg = mali[0].to_svg()
    assert svg.count('class="claim"') == 17
    assert svg.count('class="source"') == 5
    assert svg.count('class="edge contradicts"') == 1


def test_graph_picture_of_a_hundred_claims_is_bounded():
    """A 100-claim event still fits a page (a grid of items, not a hairball)."""
    claims = [
        cr.Claim(source=f"outlet {i % 7}", subject="civilians", predicate="killed",
                 value=str(10 + i % 5), place=["Kayes", "Gao", "Mopti", "Ségou"][i % 4],
                 when=f"2025-07-{1 + i % 9:02d}", id=f"c{i:03d}")
        for i in range(100)
    ]  # fmt: skip
    svg = cr.claim_graph(claims).to_svg()
    width, height = (float(x) for x in re.search(r'viewBox="0 0 (\S+) (\S+)"', svg).groups())
    assert svg.count('class="claim"') == 100
    assert width < 2500
    assert height < 2500


# --------------------------------------------------------------------------- in a browser


def _browser():
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing: .ci/run installs it (apt-get install chromium)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    return sync_api.sync_playwright()


_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
#: A blank page's screenshot is a few kilobytes; a rendered report is hundreds.
_RENDERED_BYTES = 60_000


def _rendered(png: bytes) -> bool:
    return len(png) > _RENDERED_BYTES


@pytest.fixture(scope="module")
def browser_page():
    with _browser() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        yield page
        browser.close()


def test_the_report_opens_in_a_browser_without_errors(tmp_path, browser_page, mali):
    """Chromium opens the Mali report: no console error, the dispute is shown, not empty."""
    path = cr.write_html(mali[0], tmp_path / "mali.html", mali[1], title="Mali, 1 July 2025")
    errors: list[str] = []
    page = browser_page
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    assert errors == []
    dispute = page.locator(".dispute")
    assert dispute.count() == 1
    assert dispute.is_visible()
    assert "seized control of three military installations" in dispute.inner_text()
    assert page.locator("svg.claim-graph circle.claim").count() == 17
    box = page.locator("svg.claim-graph").bounding_box()
    assert box is not None
    assert box["width"] > 500
    png = page.screenshot(full_page=True)
    assert _rendered(png)
    if os.environ.get("CLAIMREC_SCREENSHOT"):  # refresh docs/mali_report.png by hand
        page.set_viewport_size({"width": 1280, "height": 900})
        (DOCS / "mali_report.png").write_bytes(page.screenshot(full_page=False))
        page.locator("#graph .picture").screenshot(path=str(DOCS / "mali_graph.png"))


def test_the_screenshot_check_fails_on_an_empty_page(tmp_path, browser_page):
    """The screenshot test can fail: an empty page does not pass as rendered."""
    empty = tmp_path / "empty.html"
    empty.write_text("<!DOCTYPE html><html><body></body></html>", encoding="utf-8")
    browser_page.goto(empty.as_uri())
    assert not _rendered(browser_page.screenshot(full_page=True))


@pytest.mark.parametrize("render", [cr.render_report, cr.render_html])
def test_rendering_leaves_the_garbage_collector_as_it_was(render):
    """The collector, paused while a report is built, is on again after it."""
    graph = cr.claim_graph(cr.datasets.mali_2025())
    render(graph, cr.reconcile(graph))
    assert gc.isenabled()


def test_report_lists_who_gave_no_figure():
    """'The army gave no figure' is shown in the report, apart from disputes and support."""
    claims = [
        cr.Claim(source="FAMa", subject="soldiers", predicate="killed", value="gave no figure",
                 place="Kayes"),
        cr.Claim(source="JNIM", subject="soldiers", predicate="killed", value="47", place="Kayes"),
    ]  # fmt: skip
    graph = cr.claim_graph(claims)
    text = cr.render_report(graph, cr.reconcile(graph))
    assert "NO FIGURE GIVEN" in text
    assert "FAMa: soldiers killed gave no figure" in text


def test_a_reports_chain_written_once_is_each_claims_provenance():
    """Oracle: the report writes each report's chain once; every claim reads as on its own.

    Two different reports given the same id keep their own chains.
    """
    wire = cr.Report(outlet="Wire", published="2025-07-01", id="r1")
    relay = cr.Report(outlet="Paper", published="2025-07-02", relays=wire, id="r2")
    impostor = cr.Report(outlet="Other outlet", id="r1")  # the same id, another report
    claims = [
        cr.Claim(source=s, subject="base", predicate="attacked", via=via, hedge=h, id=f"c{k}")
        for k, (s, via, h) in enumerate(
            [("FAMa", wire, None), ("FAMa", relay, "reportedly"), ("JNIM", impostor, None),
             ("JNIM", relay, None), ("Witness", None, None), ("FAMa", wire, "claimed")]
        )
    ]  # fmt: skip
    chains: dict[int, str] = {}
    assert [_provenance(c, chains) for c in claims] == [cr.provenance(c) for c in claims]
    assert len(chains) == 3


def test_a_claim_shown_twice_reads_the_same_in_both_places(mali):
    """The text and HTML reports write a claim once and show it wherever it belongs."""
    graph, result = mali
    text = cr.render_report(graph, result)
    for dispute in graph.disputes():
        for side in dispute.sides:
            for claim in side:
                assert f"{cr.said(claim)}\n        from {cr.provenance(claim)}" in text
    page = cr.render_html(graph, result)
    for claim in graph.claims:
        assert _claim_html(claim) in page


def test_a_tie_is_reported_as_undecided_not_as_most_likely(mali):
    """Two self-interested sides with nothing else to weigh: the note says undecided.

    The estimator must still pick one value (a documented tie-break), but the note must
    not tell an analyst that it is the most likely one.
    """
    graph, result = mali
    (item,) = [i for i in result.items if i.tie]
    assert "Undecided: 'captured' and 'repelled' tie (confidence 0.50)" in item.note
    assert "Most likely" not in item.note
    assert "Undecided: " in cr.render_report(graph, result)
    assert "Undecided: " in cr.render_html(graph, result)


_IDS = st.text(max_size=6).map(lambda t: "c" + t)  # any text after a letter: not blank


@given(
    _IDS,
    _IDS,
    st.sampled_from(["agrees", "contradicts", "compatible"]),
    st.booleans(),
    st.one_of(st.none(), st.floats(1.0, 1e9)),
    st.lists(st.text(max_size=8), max_size=3),
)
def test_a_relationship_head_is_the_first_line_of_its_explanation(  # noqa: PLR0917
    a, b, kind, disputed, ratio, details
):
    """The report prints a relationship's first line without writing its reasons."""
    from claimrec.relation import Reason, Relationship  # noqa: PLC0415

    rel = Relationship(
        a=a, b=b, kind=kind, disputed=disputed, magnitude_ratio=ratio,
        reasons=tuple(Reason(kind="numeric", detail=d if d.strip() else "d") for d in details),
    )  # fmt: skip
    assert rel._head().splitlines()[0] == rel.explain().splitlines()[0]
