"""The questionnaire round trip through the real binary (docs/questionnaire.md): write the form,
fill in 30 made-up answers as an online form exports them, import them, apply the proposed
changes, and find educators' words in the brief. Every expected figure is worked out here from
the answers by the documented rules, not read from lcbudget."""
import csv
import math
import random
import subprocess
from datetime import date, timedelta
from pathlib import Path

import yaml

from workbook_support import BINARY, ROOT

SAMPLE = ROOT / "scenarios" / "calendar-sample.yaml"
SLOTS = ["Monday 4-6 pm", "Tuesday 4-6 pm", "Wednesday 4-6 pm", "Thursday 4-6 pm", "Saturday 9-11 am"]
WORDS = ("time trust colleagues classroom students prototypes reflect evidence safe courage "
         "childcare schedule principal materials cardboard norms feedback").split()


def lcbudget(*args):
    return subprocess.run([str(BINARY), *map(str, args)], capture_output=True, text=True)


def fill(header, rng, count=30):
    """Rows as a form exports them, and what was answered, by question prefix."""
    rows = []
    for i in range(count):
        row = {"Timestamp": f"2027/05/{1 + i % 28:02d} 10:{i:02d}:00"}
        for q in header[1:]:
            if q.startswith("How many of your children"):
                row[q] = str(rng.choice([0, 0, 0, 1, 2, 3]))
            elif q.startswith("Which days"):
                row[q] = ", ".join(sorted(rng.sample(SLOTS, rng.randint(1, 2)), key=SLOTS.index))
            elif q.startswith("Which weeks"):
                days = [date(2027, 10, 13), date(2028, 3, 8), date(2028, 1, 19)]
                row[q] = ", ".join(d.isoformat() for d in days if rng.random() < 0.5)
            elif q.startswith("Do you have dietary"):
                row[q] = rng.choice(["Vegetarian", "None", "Gluten-free, Vegan", "Halal"])
            elif q.startswith("Which materials"):
                row[q] = rng.choice(["Art supplies", "Simple electronics, Digital tools", ""])
            elif q.startswith(("Would you need a substitute", "Would you like to bring")):
                row[q] = rng.choice(["Yes", "No"])
            else:
                n = rng.choice([3, 8, 12, 20, 30, 45])
                row[q] = " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."
        rows.append(row)
    # Long enough to be quoted: markup and ampersands in an answer must reach the brief as text.
    hostile = "I need <script>alert(1)</script> & a room where trying something new is safe. "
    rows[7][header[1]] = (hostile * 4)[:299].strip()
    return rows


def expected_quotes(rows, header):
    open_questions = header[1:7]
    chosen, seen = [], set()
    for i, row in enumerate(rows):
        eligible = [" ".join(row[q].split()) for q in open_questions]
        eligible = [t for t in eligible if 40 <= len(t) <= 300 and t not in seen]
        if eligible:
            best = max(eligible, key=len)  # the first of equal lengths, as max() keeps it
            chosen.append((i, best))
            seen.add(best)
    top = sorted(chosen, key=lambda c: (-len(c[1]), c[0]))[:5]
    return [t for _, t in sorted(top)]


def test_write_import_apply_and_the_brief(tmp_path):
    written = lcbudget("questionnaire", "--out", tmp_path / "survey", "--scenario", SAMPLE)
    assert written.returncode == 0, written.stderr
    page = (tmp_path / "survey" / "questionnaire.html").read_text()
    header = next(csv.reader(open(tmp_path / "survey" / "questionnaire.csv", newline="")))
    assert header[0] == "Timestamp" and len(header) == 14
    for question in header[1:]:
        assert question.replace("&", "&amp;") in page
    again = lcbudget("questionnaire", "--out", tmp_path / "survey")
    assert again.returncode == 1 and again.stderr.count("error:") == 1

    rng = random.Random(2027)
    rows = fill(header, rng)
    answers = tmp_path / "answers.csv"
    with open(answers, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["Email address"] + header)
        writer.writeheader()
        for row in rows:
            writer.writerow({"Email address": "someone@example.org", **row})
    scenario = tmp_path / "community.yaml"
    scenario.write_bytes(SAMPLE.read_bytes())

    proposed = lcbudget("questionnaire", "import", answers, "--scenario", scenario)
    assert proposed.returncode == 0, proposed.stderr
    assert scenario.read_bytes() == SAMPLE.read_bytes(), "without --apply nothing is written"
    assert "Run again with --apply" in proposed.stdout

    applied = lcbudget("questionnaire", "import", answers, "--scenario", scenario, "--apply")
    assert applied.returncode == 0, applied.stderr
    before, after = yaml.safe_load(SAMPLE.read_text()), yaml.safe_load(scenario.read_text())
    n, participants = len(rows), before["cohort"]["participants"]
    q = {prefix: next(h for h in header if h.startswith(prefix)) for prefix in
         ["How many of your children", "Which days", "Which weeks", "Would you need a substitute", "Would you like to bring"]}
    needing = sum(1 for r in rows if int(r[q["How many of your children"]]) > 0)
    assert after["childcare"]["families"] == min(participants, math.ceil(needing * participants / n))
    subs = sum(1 for r in rows if r[q["Would you need a substitute"]] == "Yes")
    days = round(before["substitutes"]["days_per_participant"] * subs / n, 2)
    assert float(after["substitutes"]["days_per_participant"]) == days
    visitors = sum(1 for r in rows if r[q["Would you like to bring"]] == "Yes")
    assert after["food"]["guests_per_meeting"] == math.ceil(visitors / 4)
    counts = [sum(1 for r in rows if slot in r[q["Which days"]].split(", ")) for slot in SLOTS]
    best = SLOTS[counts.index(max(counts))]
    assert after["calendar"]["meeting"]["weekday"] == best.split()[0].lower()
    weeks = {}
    for r in rows:
        for text in filter(None, r[q["Which weeks"]].split(", ")):
            d = date.fromisoformat(text)
            monday = d - timedelta(days=d.weekday())
            weeks[monday] = weeks.get(monday, 0) + 1
    busy = sorted(m for m, c in weeks.items() if c >= max(2, math.ceil(n / 3)))
    added = after["calendar"]["blackouts"][len(before["calendar"]["blackouts"]):]
    assert [(str(b["from"]), str(b["to"])) for b in added] == [(str(m), str(m + timedelta(days=4))) for m in busy]
    assert after["educator_input"]["responses"] == n
    quotes = expected_quotes(rows, header)
    assert after["educator_input"]["quotes"] == quotes
    assert "# ── US federal holidays" in scenario.read_text(), "comments are kept"
    assert "someone@example.org" not in scenario.read_text()

    check = lcbudget("check", scenario)
    assert check.returncode == 0, check.stderr
    report = lcbudget("report", scenario, "--out", tmp_path / "report", "--db", tmp_path / "r.sqlite")
    assert report.returncode == 0, report.stderr
    md = next((tmp_path / "report").glob("*-brief.md")).read_text()
    html = next((tmp_path / "report").glob("*-brief.html")).read_text()
    assert "## What educators told us" in md and f"{n} educators answered" in md
    assert "<h2>What educators told us</h2>" in html
    for quote in quotes:
        assert quote.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in html
    assert any("<script>" in quote for quote in quotes), "the hostile answer is among the quotes"
    assert "<script>alert(1)</script>" not in html


def test_a_missing_column_is_one_error_with_its_place_and_the_fix(tmp_path):
    header = lcbudget("questionnaire", "--out", tmp_path)
    assert header.returncode == 0
    columns = next(csv.reader(open(tmp_path / "questionnaire.csv", newline="")))
    dropped = [c for c in columns if not c.startswith("Which materials")]
    bad = tmp_path / "bad.csv"
    with open(bad, "w", newline="") as f:
        csv.writer(f).writerows([dropped, ["x"] * len(dropped)])
    result = lcbudget("questionnaire", "import", bad, "--scenario", SAMPLE)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1, result.stderr
    assert errors[0].startswith(f"{bad}:1:1: error: the header has no column 'Which materials")
    assert "questionnaire.csv" in errors[0]
