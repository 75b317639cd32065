"""Who pays what (docs/funding.md, "Who pays"), worked out independently: this file applies the
documented allocation rule with `fractions.Fraction` to the lines of `cost_oracle.project` (which
shares no code with the engine) and compares every source's payment on every budget line, and the
gap on every line, with `lcbudget project --format json` (`whoPays.periods[].sources[].byLine`,
`gapByLine`), for the shipped scenarios and for seeded random ones with random `covers:` (whole
categories and single lines), both allocation methods and planning amounts.

The rule, as the docs give it:
- the indirect line is split over the direct lines of its base in proportion to their amounts
  (largest remainder on cents, ties to the earlier line), and each part travels with its line;
- `priority`: each covered category in the spec's order (its lines, or the lines the source
  names), with the indirect on those lines when the source pays indirect, then any indirect
  still unpaid; each group up to what is unpaid, spread in proportion to what is unpaid on each;
- `proportional`: what the source can pay of everything it may pay, spread in proportion;
- an `in_kind` source without `covers:` pays no budget line.
"""
import json
import random
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
import yaml

import cost_oracle
from workbook_support import ROOT, run

CATEGORIES = cost_oracle.CATEGORIES


class ExactLoader(yaml.SafeLoader):
    """Numbers with a fraction stay text, so `cost_oracle.F` reads them exactly (never a float)."""


ExactLoader.add_constructor("tag:yaml.org,2002:float", lambda loader, node: loader.construct_scalar(node))


def load(path):
    return yaml.load(path.read_text(), Loader=ExactLoader)


def split(cents, weights):
    """Largest remainder: whole cents of each exact share, leftover cents to the largest
    remainders (ties to the earlier part); no weight anywhere: evenly."""
    if not weights:
        return []
    weights = [max(Fraction(w), Fraction(0)) for w in weights]
    if all(w == 0 for w in weights):
        weights = [Fraction(1)] * len(weights)
    total = sum(weights)
    exact = [Fraction(cents) * w / total for w in weights]
    floors = [e.numerator // e.denominator for e in exact]
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - floors[i]), i))
    for k in range(cents - sum(floors)):
        floors[order[k % len(order)]] += 1
    return floors


def cells_of(lines, excluded):
    """[(key, category, on, cents)]: direct lines, then the indirect line's parts on its base."""
    out = []
    for key, (category, cents) in lines.items():
        if category != "indirect":
            out.append((key, category, None, cents))
            continue
        base = [(k, c) for k, (cat, c) in lines.items() if cat != "indirect" and cat not in excluded and c != 0]
        if not base or cents == 0:
            out.append((key, "indirect", None, cents))
            continue
        for (k, _), part in zip(base, split(cents, [c for _, c in base])):
            out.append((key, "indirect", k, part))
    return out


def cents_of(text):
    return int((Decimal(str(text)) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def allocate(s, lines_by_period, excluded):
    """{period index: ({source index: {key: cents}}, {key: gap cents})} by the documented rule."""
    sources = s.get("funding", [])
    result = {}
    for index, lines in enumerate(lines_by_period):
        cells = cells_of(lines, excluded if index > 0 else set())
        unpaid = [c[3] for c in cells]
        paid = {}
        for i, src in enumerate(sources):
            covers = src.get("covers")
            whole = None if covers is None else {c for c in covers if "." not in c}
            named = set() if covers is None else {c for c in covers if "." in c}
            amount = src.get("planning", 0) if index == 0 else src["by_year"][index - 1]
            available = cents_of(amount)
            mine = {}
            paid[i] = mine

            def may(key, category):
                return whole is None or category in whole or key in named

            pays_indirect = may("indirect.indirect", "indirect")

            def pay(amount, group):
                for cell, share in zip(group, split(amount, [unpaid[c] for c in group])):
                    if share > 0:
                        unpaid[cell] -= share
                        mine[cells[cell][0]] = mine.get(cells[cell][0], 0) + share

            if src["kind"] == "in_kind" and covers is None:
                continue
            if src.get("allocation", "priority") == "proportional":
                covered = [j for j, (key, cat, _, _) in enumerate(cells)
                           if (pays_indirect if cat == "indirect" else may(key, cat)) and unpaid[j] > 0]
                pay(min(available, sum(unpaid[j] for j in covered)), covered)
                continue
            groups = []
            for category in CATEGORIES[:-1]:
                group = [j for j, (key, cat, _, _) in enumerate(cells) if cat == category and may(key, cat)]
                if not group:
                    continue
                if pays_indirect:
                    keys = {cells[j][0] for j in group}
                    group += [j for j, (_, cat, on, _) in enumerate(cells) if cat == "indirect" and on in keys]
                groups.append(group)
            if pays_indirect:
                # Last, all the indirect: what the groups before paid is no longer owed.
                rest = [j for j, c in enumerate(cells) if c[1] == "indirect"]
                if rest:
                    groups.append(rest)
            left = available
            for group in groups:
                owed = sum(unpaid[j] for j in group)
                if left <= 0 or owed <= 0:
                    continue
                amount = min(left, owed)
                pay(amount, group)
                left -= amount
        gap = {}
        for (key, _, _, _), left in zip(cells, unpaid):
            if left:
                gap[key] = gap.get(key, 0) + left
        result[index] = (paid, gap)
    return result


def check(path, s):
    figures = cost_oracle.project(s)
    categories = {}
    for lines in figures["periods"]:
        for key in lines:
            categories[key] = key.split(".")[0]
    lines_by_period = [{k: (categories[k], c) for k, c in lines.items()} for lines in figures["periods"]]
    employees = s["cohort"].get("employees", True)
    mtdc = s.get("indirect", {}).get("base", "total_direct") == "mtdc"
    excluded = cost_oracle.PARTICIPANT_SUPPORT if (mtdc and not employees) else set()
    expected = allocate(s, lines_by_period, excluded)
    doc = json.loads(run("project", path, "--format", "json"))
    periods = doc["whoPays"]["periods"]
    assert periods, path
    checked = 0
    for period in periods:
        paid, gap = expected[period["period"]]
        for i, source in enumerate(period["sources"]):
            got = {k: cents_of(v) for k, v in source["byLine"].items()}
            assert got == paid[i], (path, period["label"], source["source"])
            checked += len(got)
        assert {k: cents_of(v) for k, v in period["gapByLine"].items()} == gap, (path, period["label"])
    return checked


SHIPPED = sorted(p for p in (ROOT / "scenarios").glob("*.yaml")
                 if "funding" in load(p))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_scenarios(path):
    assert check(path, load(path)) > 0


def random_covers(rng, s, figures):
    keys = sorted({k for lines in figures["periods"] for k in lines})
    chosen = [c for c in CATEGORIES if rng.random() < 0.4]
    lines = [k for k in keys if k.split(".")[0] not in chosen and rng.random() < 0.2]
    return chosen + lines


def test_random_scenarios_covers_and_methods(tmp_path):
    rng = random.Random(524)
    lines_paid = 0
    for n in range(40):
        s = cost_oracle.random_scenario(rng)
        figures = cost_oracle.project(s)
        if "funding" not in s:
            s["funding"] = [{"source": "Grant", "kind": "grant", "by_year": ["50000"] * s["years"]}]
        if "indirect" not in s and rng.random() < 0.7:
            s["indirect"] = {"rate": "0.1", "base": rng.choice(["mtdc", "total_direct"])}
        for src in s["funding"]:
            if rng.random() < 0.6:
                covers = random_covers(rng, s, figures)
                if covers:
                    src["covers"] = covers
            if rng.random() < 0.4:
                src["allocation"] = "proportional"
            if rng.random() < 0.3:
                src["planning"] = str(rng.randint(0, 4000))
        path = tmp_path / f"random-{n}.yaml"
        path.write_text(cost_oracle.to_yaml(s))
        lines_paid += check(path, load(path))
    # The rule was exercised, not skipped: many lines paid across the cases.
    assert lines_paid > 200
