"""lcbudget against an independent oracle (cost_oracle.py: the rules of docs/scenario-format.md
in Python fractions) on 1,000 seeded random scenarios: every line of every period, every
period and category total, the total, present value, per-unit figures, funding gaps and
advisory codes. Fifty of them, half-cent lines included, also go through the workbook:
LibreOffice recalculates it and every Budget cell must equal the engine's figure.
"""
import json
import os
import random
import subprocess
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

import cost_oracle as oracle
from workbook_support import BINARY, Engine, expected_budget, libreoffice_recalculate, poison_cached_values, to_cent

SEED = 20261202
COUNT = 1000
WORKBOOKS = 50
ENV = dict(os.environ, SOURCE_DATE_EPOCH=os.environ.get("SOURCE_DATE_EPOCH", "1767225600"))


def cents(value):
    """A JSON money number (parsed as Decimal) in cents."""
    value = Decimal(value)
    assert value == value.quantize(Decimal("0.01")), value
    return int(value * 100)


def engine_figures(doc):
    """The engine's JSON in the oracle's shape."""
    return {
        "periods": [{line["key"]: cents(line["amount"]) for line in p["lines"]} for p in doc["periods"]],
        "periodTotals": [cents(p["total"]) for p in doc["periods"]],
        "categoryTotals": {k: cents(v) for k, v in doc["categoryTotals"].items()},
        "total": cents(doc["total"]),
        "presentValue": cents(doc["presentValue"]),
        "perParticipantYear": cents(doc["perParticipantYear"]),
        "perStudentReached": None if doc["perStudentReached"] is None else cents(doc["perStudentReached"]),
        "funding": [{"year": f["year"], "funded": cents(f["funded"]), "gap": cents(f["gap"])} for f in doc["funding"]],
        "advisories": sorted(a["code"] for a in doc["advisories"]),
    }


def oracle_figures(scenario, rounding=None, divide=None):
    figures = oracle.project(scenario, rounding, divide)
    # The JSON leaves zero lines out.
    figures["periods"] = [{k: v for k, v in lines.items() if v != 0} for lines in figures["periods"]]
    return figures


def differences(want, got):
    """Every figure where the two disagree, named."""
    out = []
    for name in want:
        if name == "periods":
            for index, (a, b) in enumerate(zip(want[name], got[name])):
                for key in sorted(set(a) | set(b)):
                    if a.get(key, 0) != b.get(key, 0):
                        out.append(f"period {index} {key}: oracle {a.get(key, 0)}, lcbudget {b.get(key, 0)}")
            if len(want[name]) != len(got[name]):
                out.append(f"periods: oracle {len(want[name])}, lcbudget {len(got[name])}")
        elif want[name] != got[name]:
            out.append(f"{name}: oracle {want[name]}, lcbudget {got[name]}")
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """COUNT random scenarios written as files and projected by the built binary (a few
    processes at a time)."""
    folder = tmp_path_factory.mktemp("oracle")
    rng = random.Random(SEED)
    scenarios = [oracle.random_scenario(rng) for _ in range(COUNT)]
    files = []
    for i, s in enumerate(scenarios):
        path = folder / f"s{i:04d}.yaml"
        path.write_text(oracle.to_yaml(s))
        files.append(path)

    def run(path):
        result = subprocess.run([str(BINARY), "project", str(path), "--format", "json"], capture_output=True, text=True, env=ENV)
        assert result.returncode == 0, f"{path}:\n{path.read_text()}\n{result.stderr}"
        return json.loads(result.stdout, parse_float=Decimal)

    with ThreadPoolExecutor(max_workers=4) as pool:
        docs = list(pool.map(run, files))
    return scenarios, files, docs


@pytest.fixture(scope="module")
def halves(corpus):
    """Per scenario: how many lines land exactly on a half cent (all, and coaching)."""
    return [oracle.exact_half_cents(s) for s in corpus[0]]


def test_the_corpus_exercises_every_section_and_option(corpus, halves):
    scenarios, _, _ = corpus
    def count(predicate):
        return sum(1 for s in scenarios if predicate(s))
    sections = ["stipends", "fringe", "buyouts", "substitutes", "food", "childcare", "kits", "coaching", "credentials",
                "planning", "other", "escalation", "indirect", "funding"]
    for section in sections:
        assert count(lambda s: section in s) >= 100, f"too few scenarios with {section}"
        assert count(lambda s: section not in s) >= 50, f"too few scenarios without {section}"
    assert count(lambda s: "by_year" in s["cohort"]) >= 100
    assert count(lambda s: s["cohort"].get("employees") is False and s.get("indirect", {}).get("base") == "mtdc") >= 50
    assert count(lambda s: any(v.startswith("-") for v in s.get("escalation", {}).values())) >= 100
    assert count(lambda s: any(len(v.split(".")[-1]) == 3 for sec in ("stipends", "coaching", "childcare")
                               for v in s.get(sec, {}).values() if isinstance(v, str) and "." in v)) >= 100
    assert count(lambda s: s.get("meetings", {}).get("after_hours") is True) >= 100
    assert count(lambda s: s.get("substitutes", {}).get("include_leaders") is True) >= 20
    assert count(lambda s: s.get("funding") == []) >= 5
    assert {s["years"] for s in scenarios} == {1, 2, 3, 4, 5}
    assert sum(1 for h in halves if h["all"] > 0) >= 100, "too few scenarios with a line exactly on a half cent"
    assert sum(1 for h in halves if h["coaching"] > 0) >= 20, "too few coaching lines exactly on a half cent"


def test_lcbudget_agrees_with_the_fraction_oracle_on_every_figure(corpus):
    scenarios, files, docs = corpus
    failures = []
    for s, path, doc in zip(scenarios, files, docs):
        found = differences(oracle_figures(s), engine_figures(doc))
        if found:
            failures.append(f"{path.name}:\n  " + "\n  ".join(found[:8]))
    assert not failures, f"{len(failures)} of {len(scenarios)} scenarios disagree:\n" + "\n".join(failures[:10])


def test_the_oracle_catches_a_wrong_rounding(corpus):
    # The control: round half DOWN (toward zero at the half) instead of away from zero. The
    # comparison must then fail on the scenarios whose lines land on a half cent.
    def half_down(value):
        c = abs(value) * 100
        whole = c.numerator // c.denominator
        if c - whole > Fraction(1, 2):
            whole += 1
        return whole if value >= 0 else -whole

    scenarios, _, docs = corpus
    caught = sum(1 for s, doc in zip(scenarios, docs) if differences(oracle_figures(s, half_down), engine_figures(doc)))
    assert caught >= 100, f"a wrong rounding changed only {caught} scenarios"
    # And dividing first — minutes ÷ 60 cut to 28 decimals, then multiplied, as lcbudget once
    # did — is caught on the coaching lines (and the indirect and totals built on them).
    def divide_first(a, b):
        return Fraction(int(a / b * 10**28), 10**28)

    cut = sum(1 for s, doc in zip(scenarios, docs)
              if "coaching" in s and differences(oracle_figures(s, divide=divide_first), engine_figures(doc)))
    assert cut >= 5, f"dividing first changed only {cut} scenarios"


def test_fifty_workbooks_recalculate_to_the_engine(corpus, halves, tmp_path):
    import openpyxl
    scenarios, files, docs = corpus
    # Scenarios with a half-cent line first (coaching ones before others), then the rest in order.
    order = sorted(range(len(scenarios)), key=lambda i: (-(halves[i]["coaching"] > 0), -(halves[i]["all"] > 0), i))
    chosen = order[:WORKBOOKS]
    assert sum(1 for i in chosen if halves[i]["all"] > 0) >= 25
    assert sum(1 for i in chosen if halves[i]["coaching"] > 0) >= 10

    def write(i):
        out = tmp_path / f"r{i:04d}"
        result = subprocess.run([str(BINARY), "report", str(files[i]), "--out", str(out), "--force",
                                 "--db", str(tmp_path / f"r{i:04d}.sqlite")], capture_output=True, text=True, env=ENV)
        assert result.returncode == 0, result.stderr
        book, = out.glob("*.xlsx")
        poisoned = tmp_path / f"w{i:04d}.xlsx"
        poison_cached_values(book, poisoned)   # only a real recalculation can show the figures
        return poisoned

    with ThreadPoolExecutor(max_workers=4) as pool:
        books = list(pool.map(write, chosen))
    # One LibreOffice run for all of them (its start-up dominates); generous on a busy machine.
    recalculated = libreoffice_recalculate(books, tmp_path, timeout=1800)
    problems, checked = [], 0
    for i, book in zip(chosen, books):
        engine = Engine(docs[i])
        formulas = openpyxl.load_workbook(book)["Budget"]
        values = openpyxl.load_workbook(recalculated[book], data_only=True)["Budget"]
        header = {c.column: c.value for c in formulas[1]}
        key_column = max(header)
        for row in formulas.iter_rows(min_row=2):
            key = formulas.cell(row=row[0].row, column=key_column).value
            for cell in row:
                if cell.data_type != "f":
                    continue
                want = expected_budget(engine, key, header[cell.column])
                got = values[cell.coordinate].value
                checked += 1
                if got is None or isinstance(got, str) or to_cent(got) != want:
                    problems.append(f"{files[i].name} Budget!{cell.coordinate} ({key}, {header[cell.column]}): "
                                    f"LibreOffice {got!r}, lcbudget {want}")
    assert checked >= WORKBOOKS * 20
    assert not problems, f"{len(problems)} of {checked} Budget cells differ:\n" + "\n".join(problems[:20])
