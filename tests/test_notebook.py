"""The example notebook runs top to bottom (examples/claimrec_tour.ipynb)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "examples" / "claimrec_tour.ipynb"


def test_the_tour_notebook_runs_without_errors():
    """Every cell of the notebook executes; the outputs hold the dispute and the picture."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    # generous limits: on a loaded machine a kernel can take over a minute to start, and
    # nbclient's default start-up limit (60 s) made this test fail once for no fault of the code
    client = nbclient.NotebookClient(
        notebook,
        timeout=300,
        startup_timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT)}},
    )
    client.execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = " ".join(o.get("data", {}).get("text/html", "") for o in outputs)
    assert "Dispute over" in html
    assert any("image/png" in o.get("data", {}) for o in outputs)
