"""Claims in and out of tables: CSV, data frames, records."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimrec as cr
from claimrec.io import tables
from claimrec.io.tables import write_records
from tests.strategies import reports

pd = pytest.importorskip("pandas")

HEADER = "source,subject,predicate,value,when,outlet,published,url\n"


def _csv(*rows: str) -> io.StringIO:
    return io.StringIO(HEADER + "".join(r + "\n" for r in rows))


def test_the_bundled_example_round_trips_through_csv():
    """write_csv then read_csv gives back equal claims, relay chains included."""
    buffer = io.StringIO()
    cr.write_csv(cr.datasets.mali_2025(), buffer)
    assert cr.read_csv(io.StringIO(buffer.getvalue())) == cr.datasets.mali_2025()


def test_the_bundled_example_round_trips_through_pandas():
    """pd.read_csv of a written file, then from_frame, gives back equal claims."""
    buffer = io.StringIO()
    cr.write_csv(cr.datasets.mali_2025(), buffer)
    df = pd.read_csv(io.StringIO(buffer.getvalue()))
    assert cr.from_frame(df) == cr.datasets.mali_2025()
    assert cr.from_frame(cr.to_frame(cr.datasets.mali_2025())) == cr.datasets.mali_2025()


_PHRASES = ("over 80", "30-40", "dozens", "at least 30", "3", "seven", "significant", None, True)
_WHENS = (None, "2025-07-01", "2025-07", "2025-07-01 morning", "2024")
_WORDS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1).filter(
    lambda t: bool(t.strip())
)


@st.composite
def _claims(draw: st.DrawFn) -> list[cr.Claim]:
    names = draw(st.lists(_WORDS, min_size=1, max_size=3, unique_by=lambda t: " ".join(t.split())))
    sources = [
        cr.Source(
            name=n,
            kind=draw(st.sampled_from(cr.SourceKind)),
            party=draw(st.none() | _WORDS),
            aliases=draw(st.lists(_WORDS, max_size=2)),
            reliability=draw(st.none() | st.floats(0, 1)),
        )
        for n in names
    ]
    out = []
    for i in range(draw(st.integers(1, 4))):
        out.append(
            cr.Claim(
                source=draw(st.sampled_from(sources)),
                subject=draw(_WORDS),
                predicate=draw(_WORDS),
                value=draw(st.sampled_from(_PHRASES)),
                polarity=draw(st.sampled_from(cr.Polarity)),
                qualifiers=draw(st.lists(_WORDS, max_size=2)),
                place=draw(st.none() | _WORDS),
                when=draw(st.sampled_from(_WHENS)),
                quote=draw(st.none() | _WORDS),
                via=draw(st.none() | reports(depth=3)),
                id=f"c{i}",
            )
        )
    return out


@given(_claims())
def test_any_claims_round_trip_through_csv(claims):
    """Any claims with text values (and quotes, semicolons, relay chains) survive CSV."""
    buffer = io.StringIO()
    cr.write_csv(claims, buffer)
    assert cr.read_csv(io.StringIO(buffer.getvalue())) == claims


@given(_claims())
def test_any_claims_round_trip_through_records(claims):
    """from_records(to_records(claims)) gives back the claims."""
    assert cr.from_records(cr.to_records(claims)) == claims


@pytest.mark.parametrize(
    ("cell", "dayfirst", "expected"),
    [
        ("27/07/2024", True, "2024-07-27"),
        ("27.07.2024", True, "2024-07-27"),
        ("27-07-2024", True, "2024-07-27"),
        ("03/07/2024", True, "2024-07-03"),
        ("03/07/2024", False, "2024-03-07"),
        ("2024-07-27", True, "2024-07-27"),
        ("07/2024", True, "2024-07"),
        ("2024-07", True, "2024-07"),
        ("July 2024", True, "2024-07"),
    ],
)
def test_dates_in_spreadsheet_forms(cell, dayfirst, expected):
    """ISO, DD/MM/YYYY, DD.MM.YYYY, MM/YYYY and month names read, dayfirst switches."""
    (claim,) = cr.read_csv(_csv(f"FAMa,base,attacked,,{cell},,,"), dayfirst=dayfirst)
    assert str(claim.when) == expected


def test_empty_cells_are_missing_values():
    """Empty cells (and NaN from pandas) are None, not 'nan' nor an error."""
    (claim,) = cr.read_csv(_csv("FAMa,base,attacked,,,ORTM,,"))
    assert claim.value is None
    assert claim.when is None
    assert claim.via.url is None
    df = pd.read_csv(_csv("FAMa,base,attacked,,,ORTM,,"))
    assert cr.from_frame(df) == [claim]


def test_every_bad_row_is_reported_at_once():
    """Three bad rows: one FormatError naming each line, field and value."""
    source = _csv(
        "FAMa,base,attacked,,31/02/2024,,,",
        "FAMa,base,attacked,,,,,",
        ",base,attacked,,,,,",
        "FAMa,base,attacked,,01/01/24,,,",
        "FAMa,,attacked,,,,,",
    )
    with pytest.raises(cr.FormatError) as info:
        cr.read_csv(source)
    lines = [line for line, _ in info.value.problems]
    assert lines == [2, 4, 5, 6]
    text = str(info.value)
    assert "when='31/02/2024': not a calendar date" in text
    assert "two-digit year" in text
    assert "subject" in text


def test_unknown_columns_are_refused_unless_ignored():
    """A column claimrec does not know is an error (nothing dropped silently), or ignored."""
    text = "source,subject,predicate,notes\nFAMa,base,attacked,my note\n"
    with pytest.raises(cr.FormatError, match=r"unknown columns \['notes'\]"):
        cr.read_csv(io.StringIO(text))
    assert len(cr.read_csv(io.StringIO(text), extra="ignore")) == 1


def test_a_source_described_two_ways_is_an_error():
    """Two rows giving one source two kinds are reported; blank cells inherit."""
    text = "source,source_kind,subject,predicate\nFAMa,state,a,b\nFAMa,,c,d\nFAMa,media,e,f\n"
    with pytest.raises(cr.FormatError) as info:
        cr.read_csv(io.StringIO(text))
    assert info.value.problems[0][0] == 4
    claims = cr.read_csv(io.StringIO(text.rsplit("\n", 2)[0] + "\n"))
    assert {c.source.kind for c in claims} == {cr.SourceKind.STATE}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty file"),
        ("\ufeff", "empty file"),  # a byte-order mark alone (it raised IndexError)
        ("\ufeff \n", "empty file"),
        ("source,subject,predicate\n", "no rows"),
        ("source,subject\nFAMa,base\n", r"missing required columns \['predicate'\]"),
        ('source,subject,predicate\nFAMa,"base,attacked\n', "cells where the header has"),
    ],
)
def test_malformed_files_raise_format_errors(text, message):
    """Empty, header-only, short and broken files raise FormatError, nothing else."""
    with pytest.raises(cr.FormatError, match=message):
        cr.read_csv(io.StringIO(text))


@given(st.text(alphabet='ab,\n\r"\u2028 ', max_size=40))
def test_csv_lines_are_split_as_stringio_splits_them(text):
    """The reader's own line splitter (no copy of the text) gives StringIO's lines."""
    assert list(tables._lines(text)) == list(io.StringIO(text))


def test_a_csv_file_is_read_twice_not_held(tmp_path, monkeypatch):
    """Sources are read in a first pass and claims in a second: the rows are not listed."""
    calls = []
    original = tables._lines

    def counted(text):
        calls.append(len(text))
        return original(text)

    monkeypatch.setattr(tables, "_lines", counted)
    path = tmp_path / "claims.csv"
    cr.write_csv(cr.datasets.mali_2025(), path)
    assert cr.read_csv(path) == cr.datasets.mali_2025()
    assert len(calls) == 3  # the header, the sources, the claims


def test_latin1_file_is_a_format_error(tmp_path):
    """A file that is not UTF-8 names the line and says to save as UTF-8."""
    path = tmp_path / "claims.csv"
    path.write_bytes("source,subject,predicate\nFAMa,base,attaqué\n".encode("latin-1"))
    with pytest.raises(cr.FormatError, match="line 2: not UTF-8"):
        cr.read_csv(path)


def test_semicolon_separated_files_read():
    """Spreadsheets saved with ';' (French locale) read the same."""
    claims = cr.read_csv(io.StringIO("source;subject;predicate;value\nFAMa;militants;killed;12\n"))
    assert claims[0].value.best == 12


def test_bounds_without_a_phrase_make_an_interval():
    """A row with low/high and no value is the interval low-high."""
    text = "source,subject,predicate,low,high\nUN,civilians,killed,10,20\n"
    (claim,) = cr.read_csv(io.StringIO(text))
    assert (claim.value.low, claim.value.high) == (10, 20)


def test_write_records_writes_empty_cells_for_none():
    """None is an empty cell and booleans are true/false."""
    buffer = io.StringIO()
    write_records([{"a": None, "b": True, "c": 2.0}], buffer, ["a", "b", "c"])
    assert buffer.getvalue() == "a,b,c\n,true,2\n"


@pytest.mark.parametrize(
    "table", ["disputes", "corroborations", "echoes", "sources", "claims", "relationships"]
)
def test_graph_tables_become_frames(table):
    """Every graph table is a DataFrame with named columns, even when empty."""
    df = cr.claim_graph(cr.datasets.mali_2025()).to_frame(table)
    assert len(df.columns) >= 3
    assert all(isinstance(c, str) for c in df.columns)


@pytest.mark.parametrize("table", ["items", "verdicts", "trust"])
def test_reconciliation_tables_become_frames(table):
    """Items, verdicts and trust become DataFrames with one row each."""
    result = cr.reconcile(cr.datasets.mali_2025())
    df = result.to_frame(table)
    assert (
        len(df) == {"items": len(result.items), "verdicts": 17, "trust": len(result.sources)}[table]
    )


def test_an_unknown_table_is_an_unknown_name():
    """Asking for a table that does not exist names the choices."""
    with pytest.raises(cr.UnknownNameError, match="disputes"):
        cr.claim_graph(cr.datasets.mali_2025()).to_records("dispute")


@given(_claims())
def test_any_claims_round_trip_through_a_data_frame(claims):
    """from_frame(to_frame(claims)) gives back the claims (pandas)."""
    assert cr.from_frame(cr.to_frame(claims)) == claims


class _PolarsLike:
    """What from_frame uses of a polars DataFrame: columns and to_dicts()."""

    def __init__(self, rows):
        self.rows = rows
        self.columns = list(rows[0])

    def to_dicts(self):
        return self.rows


def test_polars_frames_are_read_through_to_dicts():
    """A polars-shaped frame (to_dicts) reads like a pandas one."""
    rows = [{"source": "FAMa", "subject": "militants", "predicate": "killed", "value": None}]
    (claim,) = cr.from_frame(_PolarsLike(rows))
    assert claim.value is None


def test_datetime_columns_are_dates():
    """A parsed datetime column (pd.to_datetime) gives the day."""
    df = pd.DataFrame(
        {"source": ["FAMa"], "subject": ["base"], "predicate": ["attacked"],
         "when": pd.to_datetime(["2025-07-01"])}
    )  # fmt: skip
    assert str(cr.from_frame(df)[0].when) == "2025-07-01"


def test_something_else_than_a_frame_is_a_format_error():
    """from_frame refuses a list with a FormatError, not an AttributeError."""
    with pytest.raises(cr.FormatError, match="expected a pandas or polars DataFrame"):
        cr.from_frame([{"source": "A"}])


def test_to_records_of_something_else_than_claims_says_what_to_call():
    """cr.to_records(graph) points to the graph's own to_records(table)."""
    with pytest.raises(cr.InvalidClaimError, match="to_records"):
        cr.to_records([cr.claim_graph(cr.datasets.mali_2025())])
