"""The administrator brief and budget justification, end to end through `lcbudget report`.

The HTML brief is printed to PDF by a real headless browser (Debian's chromium) and read back
with poppler's pdfinfo/pdftotext: at most two letter pages, and the total is on them.
"""
import html.parser
import json
import re
import os
import pathlib
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = ROOT / ".build" / "debug" / "lcbudget"
EXAMPLE = ROOT / "scenarios" / "riverside-worked-example.yaml"
SLUG = "riverside-k-8-maker-educator-learning-community"
ENV = dict(os.environ, SOURCE_DATE_EPOCH=os.environ.get("SOURCE_DATE_EPOCH", "1767225600"))

# Every advisory fires: the longest brief the shipped templates can produce.
EVERY_ADVISORY = (ROOT / "Tests" / "Fixtures" / "every-advisory-long-brief.yaml").read_text()


def run(*args, check=True):
    result = subprocess.run([str(BIN), *map(str, args)], capture_output=True, text=True, env=ENV)
    if check:
        assert result.returncode == 0, result.stderr
    return result


def report(scenario, out, *extra):
    run("report", scenario, "--out", out, *extra)
    return {p.name: p for p in pathlib.Path(out).iterdir()}


def total_of(scenario):
    projection = json.loads(run("project", scenario, "--format", "json").stdout)
    return f"${projection['total']:,.2f}"


def print_to_pdf(html_path, pdf_path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    assert browser, "chromium is installed by `make test` (TEST_PACKAGES)"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", html_path.as_uri()],
                   capture_output=True, timeout=120, check=True)
    info = subprocess.run(["pdfinfo", str(pdf_path)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    size = next(line for line in info.splitlines() if line.startswith("Page size:"))
    text = subprocess.run(["pdftotext", "-layout", str(pdf_path), "-"], capture_output=True, text=True, check=True).stdout
    return pages, size, text


@pytest.mark.parametrize("name", ["riverside", "every-advisory"])
def test_html_brief_prints_on_at_most_two_letter_pages_with_the_total(tmp_path, name):
    if name == "riverside":
        scenario = EXAMPLE
    else:
        scenario = tmp_path / "every.yaml"
        scenario.write_text(EVERY_ADVISORY)
    files = report(scenario, tmp_path / "out")
    html_file = next(p for n, p in files.items() if n.endswith("-brief.html"))
    pages, size, text = print_to_pdf(html_file, tmp_path / "brief.pdf")
    assert 1 <= pages <= 2, f"{pages} pages"
    assert "612 x 792" in size, size  # US letter, in points
    assert total_of(scenario) in text
    if name == "riverside":
        assert "$547,809.59" in text


class References(html.parser.HTMLParser):
    """Collects tags and every attribute that could make a browser fetch or run something."""

    def __init__(self):
        super().__init__()
        self.tags, self.fetching = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for key, value in attrs:
            if key in ("src", "href", "srcset", "action", "data", "poster", "xlink:href") or key.startswith("on"):
                self.fetching.append((tag, key, value))
            if value and ("url(" in value or "javascript:" in value.lower()):
                self.fetching.append((tag, key, value))


def test_html_brief_is_self_contained(tmp_path):
    files = report(EXAMPLE, tmp_path)
    html_text = files[f"{SLUG}-brief.html"].read_text()
    parser = References()
    parser.feed(html_text)
    assert parser.fetching == []
    for tag in ("script", "link", "img", "iframe", "object", "embed", "base"):
        assert tag not in parser.tags
    assert "svg" in parser.tags and "style" in parser.tags
    assert "http:" not in html_text and "https:" not in html_text
    assert "@import" not in html_text and "url(" not in html_text
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html_text
    assert "@page { size: letter;" in html_text


def test_a_script_name_renders_as_text(tmp_path):
    scenario = tmp_path / "xss.yaml"
    scenario.write_text(EVERY_ADVISORY.replace('"Every advisory, a long brief"', '"<script>alert(1)</script>"'))
    run("report", scenario, "--out", tmp_path / "out")
    brief = (tmp_path / "out" / "script-alert-1-script-brief.html").read_text()
    parser = References()
    parser.feed(brief)
    assert "script" not in parser.tags
    assert "<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>" in brief
    pages, _, text = print_to_pdf(tmp_path / "out" / "script-alert-1-script-brief.html", tmp_path / "x.pdf")
    assert "<script>alert(1)</script>" in text, "the browser shows the name as text"


def without_run_footer(data):
    """The file without the footer naming its recorded run (the golden files have no run)."""
    text = data.decode()
    text = re.sub(r"\n\*Recorded as run \d+; scenario SHA-256 [0-9a-f]{64}\.\*\n", "", text)
    text = re.sub(r'<p class="source run">Recorded as run <span data-run-id>\d+</span>; scenario SHA-256 '
                  r'<span data-source-sha256>[0-9a-f]{64}</span>\.</p>\n', "", text)
    return text.encode()


def test_report_writes_the_three_narrative_files_deterministically(tmp_path):
    # Each into its own record: both are run 1, so the footers naming the run agree too.
    first = report(EXAMPLE, tmp_path / "a", "--db", tmp_path / "a.sqlite")
    second = report(EXAMPLE, tmp_path / "b", "--db", tmp_path / "b.sqlite")
    for name in (f"{SLUG}-brief.md", f"{SLUG}-brief.html", f"{SLUG}-justification.md"):
        assert name in first
        assert first[name].read_bytes() == second[name].read_bytes()
        assert b"Recorded as run " in first[name].read_bytes()
        assert without_run_footer(first[name].read_bytes()) == (ROOT / "Tests" / "Golden" / "narrative" / name.replace(SLUG, "riverside")).read_bytes()


def test_long_unbroken_text_wraps_and_never_widens_the_page(tmp_path):
    word = "W" * 400
    scenario = tmp_path / "long.yaml"
    scenario.write_text(EXAMPLE.read_text().replace('organization: "', f'organization: "{word} ', 1))
    files = report(scenario, tmp_path / "out", "--db", tmp_path / "r.sqlite")
    html_file = next(p for n, p in files.items() if n.endswith("-brief.html"))
    assert word in html_file.read_text()
    pages, size, text = print_to_pdf(html_file, tmp_path / "brief.pdf")
    assert "612 x 792" in size, size
    runs = [len(m) for m in re.findall(r"W{2,}", text)]
    assert sum(runs) >= 400, runs  # every W is on the page: nothing is clipped
    assert max(runs) < 150, runs   # and the word is broken across lines, not one line wider than the page


def test_district_templates_replace_the_shipped_ones(tmp_path):
    templates = tmp_path / "district"
    templates.mkdir()
    (templates / "justification.md.mustache").write_text("# {{name}}\nRequest: {{total}}\n")
    files = report(EXAMPLE, tmp_path / "out", "--templates", templates)
    assert files[f"{SLUG}-justification.md"].read_text() == \
        "# Riverside K-8 Maker Educator Learning Community\nRequest: $547,809.59\n"
    assert "## What it costs" in files[f"{SLUG}-brief.md"].read_text()


@pytest.mark.parametrize("name,text,expected", [
    ("brief.html.mustache", "<h1>{{#name}}</h1>\n", "brief.html.mustache:"),
    ("brief.md.mustache", "{{> letterhead}}\n", "there is no letterhead.mustache"),
    ("brief.mustache", "misnamed\n", "brief.mustache: not a template lcbudget uses"),
])
def test_a_bad_template_is_named_and_nothing_is_written(tmp_path, name, text, expected):
    templates = tmp_path / "district"
    templates.mkdir()
    (templates / name).write_text(text)
    out = tmp_path / "out"
    result = run("report", EXAMPLE, "--out", out, "--templates", templates, check=False)
    assert result.returncode == 1
    assert str(templates) in result.stderr, "the message names the file in the district folder"
    assert expected in result.stderr, result.stderr
    assert not out.exists() or list(out.iterdir()) == []


def test_templates_folder_that_does_not_exist(tmp_path):
    result = run("report", EXAMPLE, "--out", tmp_path / "out", "--templates", tmp_path / "nope", check=False)
    assert result.returncode == 1
    assert str(tmp_path / "nope") in result.stderr
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


# ---- The brief's calendar sentence, "How sure are we" and "Spending so far" (issues 5, 7, 8) ----

SAMPLES = ROOT / "scenarios" / "samples"
UNCERTAINTY = (ROOT / "scenarios" / "riverside-uncertain.yaml").read_text().split("\nuncertainty:", 1)[1]


def with_all_three(text, name):
    """A scenario text renamed, with the uncertain example's `uncertainty:` section appended."""
    first_name = next(line for line in text.splitlines() if line.startswith("name:"))
    return text.replace(first_name, f'name: "{name}"', 1) + "\nuncertainty:" + UNCERTAINTY


def money(value):
    return f"${value:,.2f}"


@pytest.mark.parametrize("name", ["calendar-sample", "every-advisory"])
def test_brief_with_all_three_paragraphs_prints_on_two_letter_pages(tmp_path, name):
    if name == "calendar-sample":
        text = with_all_three((ROOT / "scenarios" / "calendar-sample.yaml").read_text(), "All three paragraphs")
    else:  # the longest brief: every recommendation, the simulation and the variance (no calendar)
        text = with_all_three(EVERY_ADVISORY, "Every advisory and all extras").replace(
            "uncertainty:" + UNCERTAINTY, "uncertainty:\n  stipends.hourly_rate: { triangular: { low: 40, mode: 42.5, high: 55 } }\n")
    scenario = tmp_path / "scenario.yaml"
    scenario.write_text(text)
    scenario_name = next(line for line in text.splitlines() if line.startswith("name:")).split('"')[1]
    db = tmp_path / "record.sqlite"
    run("project", scenario, "--save", "--db", db)
    actuals = SAMPLES / "riverside-made-up-actuals.csv"
    if name == "every-advisory":  # made up, in its own periods (planning Aug-Oct 2027, Year 1 from Nov 2027)
        actuals = tmp_path / "actuals.csv"
        actuals.write_text("date,category,item,amount,payer,memo\n"
                           "2027-09-30,planning,Planning team,1620.00,District payroll,made up\n"
                           "2027-12-15,stipends,Stipends,4000.00,District payroll,made up\n"
                           "2028-01-20,buyouts,Release time,10000.00,District payroll,made up\n"
                           "2028-02-29,stipends,Stipends,2000.00,District payroll,made up\n")
    run("actuals", "import", scenario_name, actuals, "--db", db)
    files = report(scenario, tmp_path / "out", "--db", db)

    brief_md = next(p for n, p in files.items() if n.endswith("-brief.md")).read_text()
    html_file = next(p for n, p in files.items() if n.endswith("-brief.html"))
    pages, size, pdf_text = print_to_pdf(html_file, tmp_path / "brief.pdf")
    assert 1 <= pages <= 2, f"{pages} pages"
    assert "612 x 792" in size, size
    flat = " ".join(pdf_text.split())

    # Figures read back from the other commands over the same inputs: simulate and variance.
    simulation = json.loads(run("simulate", scenario, "--format", "json").stdout)
    low, high = money(simulation["total"]["p10"]), money(simulation["total"]["p90"])
    variance = json.loads(run("variance", scenario_name, "--db", db, "--format", "json").stdout)
    spent = money(variance["total"]["spent"])
    for shown in (brief_md.replace("**", ""), flat):
        assert "How sure are we" in shown and f"between {low} and {high}" in shown
        assert "Simulated in binary floating point" in shown and "fixed seed (1)" in shown
        assert "Spending so far" in shown and "As of February 29, 2028" in shown
        assert spent in shown
        assert ("The community meets as a whole group on the second Tuesday" in shown) == (name == "calendar-sample")
    assert total_of(scenario) in pdf_text

    parser = References()
    parser.feed(html_file.read_text())
    assert parser.fetching == [] and "script" not in parser.tags
