"""Expected figures for the workbook's analytics sheets (ED 524, SF-424A, Who pays, Fiscal
years, Constant dollars), Variance, Calendar, Uncertainty and the comparison workbook, read from
the engine's own JSON (`project`, `variance`, `calendar`, `simulate`, `compare`). Every number
cell of these sheets is compared, formula or not; a formula cell the checks cannot account for
fails them."""

from decimal import Decimal

from workbook_support import to_cent

HEADER_FILL = "DDEBF7"
CATEGORY_TITLES = {
    "Planning": "planning", "Stipends": "stipends", "Buyouts (release time)": "buyouts", "Substitutes": "substitutes",
    "Food": "food", "Childcare": "childcare", "Prototyping kits": "kits", "Coaching": "coaching",
    "Credentials (CEUs)": "credentials", "Other direct costs": "other", "Indirect costs": "indirect",
}
ANALYTICS = ["ED 524", "SF-424A", "Who pays", "Fiscal years", "Constant dollars"]
FY_CHECK = "Check: fiscal-year total less the Budget's total cost (0 when they agree)"
ZERO = Decimal("0.00")
# The ED 524 split by who pays, below the full ED 524 view: table title -> `project --format json` key.
ED524_SECTIONS = {
    "ED 524 Section A — U.S. Department of Education funds (federal sources)": "ed524SectionA",
    "ED 524 Section B — Non-federal funds": "ed524SectionB",
    "ED 524 — Unfunded (no source pays)": "ed524Unfunded",
}


def is_header(cell):
    return cell.fill is not None and str(cell.fill.fgColor.rgb or "").upper().endswith(HEADER_FILL)


def blocks(ws):
    """Every table of a sheet: (title, header list, [data rows as cell tuples])."""
    rows = list(ws.iter_rows())
    out = []
    for i, row in enumerate(rows):
        if row[0].value is not None and is_header(row[0]) and i > 0:
            header = [c.value for c in row]
            data = []
            for r in rows[i + 1:]:
                if r[0].value is None or (len(r) < 2 or r[1].value is None):
                    break
                data.append(r)
            out.append((rows[i - 1][0].value, header, data))
    return out


class Checker:
    """Collects mismatches between workbook cells and expected figures."""

    def __init__(self):
        self.checked, self.problems = 0, []

    def money(self, where, got, want):
        self.checked += 1
        if want is None:
            self.problems.append(f"{where}: no engine figure for {got!r}")
        elif got is None or isinstance(got, str) or to_cent(got) != Decimal(want).quantize(Decimal("0.01")):
            self.problems.append(f"{where}: workbook {got!r}, engine {want}")

    def share(self, where, got, want, places=4):
        self.checked += 1
        q = Decimal(1).scaleb(-places)
        if got is None or isinstance(got, str) or Decimal(repr(float(got))).quantize(q) != Decimal(str(want)).quantize(q):
            self.problems.append(f"{where}: workbook share {got!r}, engine {want}")

    def equal(self, where, got, want):
        self.checked += 1
        if got != want:
            self.problems.append(f"{where}: workbook {got!r}, engine {want!r}")

    def fail(self, where, what):
        self.problems.append(f"{where}: {what}")

    def done(self, minimum):
        assert not self.problems, "\n".join(self.problems[:40])
        assert self.checked >= minimum, f"only {self.checked} cells checked"
        return self.checked


def by_label(items, key="label"):
    return {p[key]: p for p in items}


def analytics_figure(title, label, column, doc, row_labels):
    """The engine's figure for one cell of a funding analytics table."""
    def across(values):
        return sum((Decimal(str(v)) for v in values), ZERO)
    if title.startswith("ED 524"):
        key = ED524_SECTIONS.get(title, "ed524")
        line = next(l for l in doc[key]["lines"] if f"{l['line']}. {l['title']}" == label)
        return line["total"] if column == "Total" else by_label(line["periods"])[column]["amount"]
    if title.startswith("SF-424A"):
        cls = next(c for c in doc["sf424a"]["classes"] if f"{c['class']}. {c['title']}" == label)
        return cls["total"] if column == "Total" else by_label(cls["periods"])[column]["amount"]
    if title == "Who pays":
        w = doc["whoPays"]
        periods = by_label(w["periods"])
        index = row_labels.index(label)
        sources = len(w["periods"][0]["sources"])
        def per_period(p):
            if index < sources:
                return p["sources"][index]["allocated"]
            if label.startswith("Unused: "):
                return next(s["unused"] for s in p["sources"] if s["source"] == label[len("Unused: "):])
            field = {"Unfunded (no source pays)": "gap", "Federal": "federal", "Non-federal (match)": "nonFederal",
                     "In-kind ingredients outside the budget": "inKindAdded", "Cost": "cost"}[label]
            return p[field]
        if column == "Share":
            cost = across(p["cost"] for p in w["periods"])
            return across(per_period(p) for p in w["periods"]) / cost
        if column == "Total":
            return across(per_period(p) for p in w["periods"])
        return per_period(periods[column])
    fy = doc["fiscalYears"]
    years = by_label(fy["years"])
    if title.startswith("By fiscal year"):
        def value(y):
            return y["total"] if label == "Total" else y["categoryTotals"][CATEGORY_TITLES[label]]
        return across(value(y) for y in fy["years"]) if column == "Total" else value(years[column])
    if title.startswith("Who pays, by fiscal year"):
        def value(y):
            if label == "Unfunded (no source pays)":
                return y["gap"]
            if label == "Cost":
                return Decimal(str(y["total"])) + Decimal(str(y["inKindAdded"]))
            return next(s["amount"] for s in y["sources"] if s["source"] == label)
        return across(value(y) for y in fy["years"]) if column == "Total" else value(years[column])
    cd = doc["constantDollars"]
    field = {"Nominal": "nominal", "Constant (Year 1 $)": "constant", "Present value": "presentValue"}[column]
    if title.startswith("Nominal, constant"):
        return cd[field] if label == "Total" else by_label(cd["periods"])[label][field]
    if title.startswith("By category"):
        if label == "Total":
            return cd[field]
        key = CATEGORY_TITLES[label]
        return doc["categoryTotals"][key] if field == "nominal" else cd["categoryTotals"][key]
    raise KeyError(title)


def check_analytics(formulas, values, doc, static_doc=None, check=None):
    """Every number cell of the funding analytics sheets. `doc` gives the live sheets' figures
    (ED 524 and SF-424A follow the Budget sheet); `static_doc` those fixed at report time."""
    static_doc = static_doc or doc
    check = check or Checker()
    for name in ANALYTICS:
        if name not in formulas.sheetnames:
            continue
        fs, vs = formulas[name], values[name]
        for title, header, rows in blocks(fs):
            # The full ED 524 and SF-424A follow the Budget sheet; the sections are fixed at report time.
            live = title.startswith(("ED 524", "SF-424A")) and title not in ED524_SECTIONS
            source = doc if live else static_doc
            labels = [r[0].value for r in rows]
            for r in rows:
                for cell in r[1:]:
                    column = header[cell.column - 1]
                    got = vs[cell.coordinate].value
                    if cell.data_type == "s" or (cell.value is None and cell.data_type != "f"):
                        continue
                    want = analytics_figure(title, r[0].value, column, source, labels)
                    where = f"{name}!{cell.coordinate} ({r[0].value} / {column})"
                    if column == "Share":
                        check.share(where, got, want)
                    else:
                        check.money(where, got, want)
        for row in fs.iter_rows():
            for cell in row:
                if cell.data_type == "f" and row[0].value == FY_CHECK and cell.column == 2:
                    fy_total = Decimal(str(static_doc["fiscalYears"]["years"] and
                                           sum(Decimal(str(y["total"])) for y in static_doc["fiscalYears"]["years"])))
                    check.money(f"{name}!{cell.coordinate}", vs[cell.coordinate].value, fy_total - doc["total"])
    return check


def formula_sheets_known(formulas, known):
    """Names of sheets holding formulas that no check covers."""
    return [ws.title for ws in formulas.worksheets if ws.title not in known
            and any(c.data_type == "f" for row in ws.iter_rows() for c in row)]


def check_variance(formulas, values, variance, check=None):
    """Every row of the Variance sheet against `lcbudget variance --format json`."""
    check = check or Checker()
    fs, vs = formulas["Variance"], values["Variance"]
    expected = {}
    for p in variance["periods"]:
        for line in p["lines"]:
            expected[(p["label"], line["category"])] = line
        expected[(p["label"], "total")] = p["total"]
    expected[("Whole project", "total")] = variance["total"]
    header = next(r for r in fs.iter_rows() if r[0].value == "Period")
    columns = {c.value: c.column for c in header}
    seen = set()
    for r in fs.iter_rows(min_row=header[0].row + 1):
        period, category = r[0].value, r[1].value
        if period is None or category is None:
            continue
        key = (period, "total" if category == "Total" else CATEGORY_TITLES[category])
        line = expected.get(key)
        if line is None:
            check.fail(f"Variance row {r[0].row}", f"{key} is not in lcbudget variance")
            continue
        seen.add(key)
        def got(column):
            return vs.cell(row=r[0].row, column=columns[column]).value
        for column, field in (("Budgeted", "budgeted"), ("Spent", "spent"), ("Remaining", "remaining")):
            check.money(f"Variance {key} {column}", got(column), line[field])
        check.share(f"Variance {key} elapsed", got("Share of period elapsed"), line["elapsedShare"])
        if line["spentShare"] is None:
            check.equal(f"Variance {key} share spent", got("Share spent"), "n/a")
        else:
            check.share(f"Variance {key} share spent", got("Share spent"), line["spentShare"])
        check.equal(f"Variance {key} status", got("Status"), line["status"])
        check.equal(f"Variance {key} statement", got("Statement"), line["statement"])
    if seen != set(expected):
        check.fail("Variance", f"rows missing: {sorted(set(expected) - seen)}")
    return check


def check_calendar(formulas, values, schedule, check=None):
    """The Calendar sheet against `lcbudget calendar --format json`: every event, and the
    per-year counts (the Assumptions M and coaching sessions, the COUNTIFS over the events)."""
    check = check or Checker()
    fs, vs = formulas["Calendar"], values["Calendar"]
    rows = list(vs.iter_rows(values_only=True))
    counts_at = next(i for i, r in enumerate(rows) if r[0] == "Project year")
    for year in schedule["years"]:
        r = rows[counts_at + year["year"]]
        check.equal(f"Calendar year {year['year']}", r[0], year["year"])
        check.equal(f"Calendar M {year['year']}", r[1], year["meetings"])
        check.equal(f"Calendar meetings {year['year']}", r[2], year["meetings"])
        check.equal(f"Calendar coaching {year['year']}", r[3], year["coaching"])
        check.equal(f"Calendar check {year['year']}", r[4], "OK")
        # The coaching the budget pays for is the coaching the calendar dates.
        check.equal(f"Calendar coaching costed {year['year']}", r[5], year["coaching"])
        check.equal(f"Calendar coaching check {year['year']}", r[6], "OK")
    events_at = next(i for i, r in enumerate(rows) if r[0] == "Year" and r[2] == "Kind")
    events = rows[events_at + 1: events_at + 1 + len(schedule["events"])]
    for got, want in zip(events, schedule["events"]):
        where = f"Calendar event {want['kind']} {want['month']}"
        check.equal(where, (got[0], got[2], got[3], got[8], got[9], got[7]),
                    (want["year"], want["kind"], want.get("date") or "not held", want["status"], want["ruleDate"], want["minutes"]))
        if want.get("start"):
            check.equal(where + " time", (got[5], got[6]), (want["start"][11:], want["end"][11:]))
        check.equal(where + " reasons", got[10] or "", "; ".join(want["reasons"]))
    check.equal("Calendar event count", len([e for e in events if e[0] is not None]), len(schedule["events"]))
    formula_cells = [c for row in fs.iter_rows() for c in row if c.data_type == "f"]
    for c in formula_cells:
        if c.row - 1 <= counts_at or c.row - 1 > counts_at + len(schedule["years"]):
            check.fail(f"Calendar!{c.coordinate}", "a formula outside the counts table")
    return check


def check_uncertainty(formulas, values, sim, check=None):
    """The Uncertainty sheet against `lcbudget simulate --format json` (same seed and draws)."""
    check = check or Checker()
    vs = values["Uncertainty"]
    rows = list(vs.iter_rows(values_only=True))
    at = next(i for i, r in enumerate(rows) if r[0] == "Figure")
    for k, figure in enumerate(sim["years"] + [sim["total"]]):
        r = rows[at + 1 + k]
        check.equal(f"Uncertainty row {k}", r[0], figure["label"])
        for column, field in enumerate(["base", "mean", "p10", "p50", "p90", "min", "max"], start=1):
            check.money(f"Uncertainty {figure['label']} {field}", r[column], figure[field])
        check.money(f"Uncertainty {figure['label']} spread", r[8], Decimal(str(figure["p90"])) - Decimal(str(figure["p10"])))
        if figure.get("funded") is not None:
            check.money(f"Uncertainty {figure['label']} funded", r[9], figure["funded"])
            check.equal(f"Uncertainty {figure['label']} over", r[10], figure["drawsOverFunding"])
            check.share(f"Uncertainty {figure['label']} probability", r[11], figure["probabilityOverFunding"], places=6)
    h = next(i for i, r in enumerate(rows) if r[0] == "Bin")
    for k, b in enumerate(sim["histogram"]):
        r = rows[h + 1 + k]
        for column, field in ((1, "lower"), (2, "upper")):
            check.money(f"Histogram {k} {field}", r[column], b[field])
        check.equal(f"Histogram {k} draws", r[3], b["draws"])
    t = next(i for i, r in enumerate(rows) if r[0] == "Input")
    for k, bar in enumerate(sim["tornado"]):
        r = rows[t + 1 + k]
        check.equal(f"Tornado {k}", r[0], bar["input"])
        check.money(f"Tornado {bar['input']} low", r[4], bar["totalAtLow"])
        check.money(f"Tornado {bar['input']} high", r[5], bar["totalAtHigh"])
        check.money(f"Tornado {bar['input']} swing", r[6], bar["swing"])
    return check


def check_comparison(formulas, values, comparison, check=None):
    """Every number cell of comparison.xlsx against `compare --format json`."""
    check = check or Checker()
    tables = {p["label"]: p for p in comparison["periods"]}
    tables["All periods"] = comparison["allPeriods"]
    names = [s["file"] for s in comparison["scenarios"]]
    for ws in formulas.worksheets[1:]:
        vs = values[ws.title]
        for title, header, rows in blocks(ws):
            table = tables[title]
            for r in rows:
                for cell in r[1:]:
                    column = header[cell.column - 1]
                    if column.startswith("Δ vs "):
                        i, field = names.index(header[cell.column - 2]), "differences"
                    else:
                        i, field = names.index(column), "amounts"
                    if r[0].value == "Total":
                        want = table["totals" if field == "amounts" else "differences"][i]
                    else:
                        want = table["categories"][CATEGORY_TITLES[r[0].value]][field][i]
                    check.money(f"{ws.title}!{cell.coordinate}", vs[cell.coordinate].value, want)
    return check
