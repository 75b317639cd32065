"""The analyst notebooks run top to bottom as shipped; any cell error fails the test."""
import os

import nbformat
import pytest
from nbclient import NotebookClient

from store_support import BINARY, ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_both_notebooks_are_shipped():
    assert {p.name for p in NOTEBOOKS} >= {"cost-drivers.ipynb", "budget-vs-actuals-and-stipends.ipynb"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_without_errors(path, tmp_path, monkeypatch):
    assert BINARY.exists(), "run swift build first"
    monkeypatch.setenv("LCBUDGET", str(BINARY))
    monkeypatch.setenv("LCBUDGET_DB", str(tmp_path / "notebook.sqlite"))
    notebook = nbformat.read(path, as_version=4)
    # Raises CellExecutionError on the first failing cell, which fails the test.
    NotebookClient(notebook, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    # The charts were drawn.
    assert any("image/png" in o.get("data", {}) for o in outputs)
