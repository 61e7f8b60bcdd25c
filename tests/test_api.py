"""The public face: ``__all__``, examples for every name, and the one-way layering."""

from __future__ import annotations

import ast
import doctest
import importlib
import inspect
import subprocess
import sys
from pathlib import Path

import pytest

import claimrec as cr

PACKAGE = Path(cr.__file__).parent

#: Layer of each top-level module (or subpackage); a module may import only its own layer or lower.
LAYERS = {
    "errors": 0,
    "_text": 0,
    "_enum": 0,
    "_limits": 0,
    "_strict": 0,
    "_gc": 0,
    "_disjoint": 0,
    "_records": 2,
    "quantity": 1,
    "timespan": 1,
    "category": 1,
    "model": 2,
    "vocab": 3,
    "resolution": 4,
    "alignment": 5,
    "relation": 6,
    "graph": 7,
    "_picture": 7,
    "reconciliation": 8,
    "io": 9,
    "report": 9,
    "datasets": 9,
    "cli": 10,
    "__main__": 10,
}


def _top(module: str) -> str:
    return module.split(".")[1] if module.count(".") else ""


def _modules() -> list[Path]:
    return sorted(
        p for p in PACKAGE.rglob("*.py") if p.name != "__init__.py" or p.parent != PACKAGE
    )


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            if node.module == "claimrec":
                names.update(f"claimrec.{alias.name}" for alias in node.names)
    return {n for n in names if n.startswith("claimrec.")}


def test_all_is_sorted_and_resolves():
    """Every name in ``__all__`` is importable from ``claimrec`` and the list is sorted."""
    assert list(cr.__all__) == sorted(cr.__all__)
    for name in cr.__all__:
        assert hasattr(cr, name), name


@pytest.mark.parametrize("name", sorted(cr.__all__))
def test_every_public_name_has_a_runnable_example(name):
    """Each public name documents itself with at least one ``>>>`` example."""
    obj = getattr(cr, name)
    doc = inspect.getdoc(obj) or ""
    if name == "Value":  # a type alias: its example lives in the model module's docstring
        doc = inspect.getdoc(importlib.import_module("claimrec.model")) or ""
    examples = doctest.DocTestParser().get_examples(doc)
    assert examples, f"{name} has no >>> example"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_imports_a_higher_layer(path):
    """Imports flow one way: model, vocab, align, relate, graph, reconcile, io, cli."""
    relative = path.relative_to(PACKAGE)
    top = relative.parts[0].removesuffix(".py")
    assert top in LAYERS, f"{relative} has no layer: add it to LAYERS"
    own = LAYERS[top]
    for module in _imported(path):
        other = module.split(".")[1]
        assert other in LAYERS, f"{relative} imports unknown {module}"
        assert LAYERS[other] <= own, (
            f"{relative} (layer {own}) imports {module} (layer {LAYERS[other]})"
        )


def test_layer_check_catches_an_upward_import(tmp_path):
    """The layering check itself fails on an upward import (it can fail)."""
    bad = tmp_path / "model.py"
    bad.write_text("from claimrec.graph import ClaimGraph\n")
    assert "claimrec.graph" in _imported(bad)
    assert LAYERS["graph"] > LAYERS["model"]


def test_py_typed_ships():
    """The package is marked as typed."""
    assert (PACKAGE / "py.typed").exists()


def test_import_leaves_scipy_networkx_and_the_stages_unloaded():
    """``import claimrec`` loads no scipy, networkx or stage module: they load on first use."""
    heavy = ("scipy", "scipy.sparse", "networkx", "claimrec.alignment", "claimrec.graph")
    code = f"import sys, claimrec; print([m for m in {heavy!r} if m in sys.modules])"
    done = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code],
        cwd=PACKAGE.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip() == "[]"


def test_a_lazy_name_resolves_to_its_module_object_and_a_wrong_name_fails():
    """A stage's name is its module's own object; a name claimrec lacks is an AttributeError."""
    from claimrec.graph import claim_graph  # noqa: PLC0415 - compared with the lazy name

    assert cr.claim_graph is claim_graph
    assert "claim_graph" in dir(cr)
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = cr.no_such_name
