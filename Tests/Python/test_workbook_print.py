"""The workbooks print: every shipped scenario's budget workbook (and a Variance sheet, the batch
portfolio and the comparison workbook) converted to PDF by LibreOffice, then read back with
`pdftotext -bbox`. On every page the sheet's header row is there (one page wide, header repeated),
no two words overlap (wrapped text has room, nothing prints on top of anything), type stays
readable, no chart is cut across pages, and the worked example prints in at most 12 pages.
One LibreOffice run converts every workbook."""

import html
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest

from workbook_support import BINARY, ROOT, run, scenario_files

WORKED = "riverside-worked-example"
# A word box at least this tall: about 5.5-point type, where the unfit sheets printed 3.5 to 4.8.
MIN_WORD_HEIGHT = 6.0
RECALC_FREE_PROFILE = "lo-print-profile"


def pdf_pages(pdf):
    """Each page's words as (xMin, yMin, xMax, yMax, text)."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for page in re.findall(r"<page[^>]*>(.*?)</page>", out, re.S):
        pages.append([(float(a), float(b), float(c), float(d), html.unescape(w)) for a, b, c, d, w in
                      re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>',
                                 page)])
    return pages


def overlapping(words):
    """Pairs of words whose boxes cross by more than a sliver (lines of one wrapped cell touch)."""
    bad = []
    for i, a in enumerate(words):
        for b in words[i + 1:]:
            w = min(a[2], b[2]) - max(a[0], b[0])
            h = min(a[3], b[3]) - max(a[1], b[1])
            if w > 1 and h > 0.35 * min(a[3] - a[1], b[3] - b[1]):
                bad.append((a[4], b[4]))
    return bad


def page_sheet(words, names):
    """The sheet a page belongs to: the page header (the sheet's name, centred at the top)."""
    if not words:
        return None
    first = min(w[1] for w in words)
    top = " ".join(w[4] for w in sorted((w for w in words if w[1] < first + 2), key=lambda w: w[0]))
    matches = [n for n in names if top == n]
    return matches[0] if matches else None


def header_texts(book, name):
    """The texts of the rows a sheet repeats on every page (its print titles)."""
    sheet = book[name]
    titles = sheet.print_title_rows
    if not titles:
        return []
    first, last = (int(x) for x in titles.replace("$", "").split(":"))
    return [str(c.value) for row in sheet.iter_rows(min_row=first, max_row=last) for c in row if c.value is not None]


def chart_titles(xlsx):
    """Each chart's title and axis titles, from the file's chart parts."""
    charts = []
    with zipfile.ZipFile(xlsx) as z:
        for part in sorted(n for n in z.namelist() if n.startswith("xl/charts/chart")):
            xml = z.read(part).decode()
            titles = ["".join(re.findall(r"<a:t>(.*?)</a:t>", t)) for t in re.findall(r"<c:title>(.*?)</c:title>", xml, re.S)]
            charts.append([html.unescape(t) for t in titles if t])
    return charts


def find_phrase(words, phrase):
    """The words of `phrase` where they stand in order on the page, or None."""
    tokens = phrase.split()
    texts = [w[4] for w in words]
    for i in range(len(texts) - len(tokens) + 1):
        if texts[i:i + len(tokens)] == tokens:
            return words[i:i + len(tokens)]
    return None


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """{label: (xlsx, [pages])} for every workbook, converted in one LibreOffice run."""
    assert BINARY.exists(), "build first: swift build"
    work = tmp_path_factory.mktemp("print")
    books = {}
    for scenario in scenario_files():
        out = work / scenario.stem
        run("report", scenario, "--out", out, "--force", "--db", work / f"{scenario.stem}.sqlite")
        books[scenario.stem] = next(out.glob("*.xlsx"))
    samples = ROOT / "scenarios" / "samples"
    db = work / "variance.sqlite"
    run("project", samples / "riverside.yaml", "--save", "--db", db)
    run("actuals", "import", "Riverside K-8 Maker Educator Learning Community",
        samples / "riverside-made-up-actuals.csv", "--db", db)
    run("report", samples / "riverside.yaml", "--out", work / "variance", "--force", "--db", db)
    books["variance"] = next((work / "variance").glob("*.xlsx"))
    run("batch", ROOT / "scenarios", "--out", work / "batch", "--db", work / "batch.sqlite")
    books["portfolio"] = work / "batch" / "portfolio.xlsx"
    run("compare", ROOT / "scenarios" / "riverside-worked-example.yaml", ROOT / "scenarios" / "district-two-year.yaml",
        "--out", work / "compare")
    books["comparison"] = work / "compare" / "comparison.xlsx"

    staged = work / "staged"
    staged.mkdir()
    for label, book in books.items():
        shutil.copy(book, staged / f"{label}.xlsx")
    profile = work / RECALC_FREE_PROFILE
    result = subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                             "--convert-to", "pdf", "--outdir", str(work / "pdf"),
                             *sorted(str(p) for p in staged.glob("*.xlsx"))],
                            capture_output=True, text=True, timeout=600)
    out = {}
    for label in books:
        pdf = work / "pdf" / f"{label}.pdf"
        assert pdf.exists(), f"LibreOffice did not print {label}:\n{result.stdout}\n{result.stderr}"
        out[label] = (staged / f"{label}.xlsx", pdf_pages(pdf))
    return out


def test_every_workbook_was_printed(printed):
    expected = {f.stem for f in scenario_files()} | {"variance", "portfolio", "comparison"}
    assert set(printed) == expected


@pytest.mark.parametrize("label", [f.stem for f in scenario_files()] + ["variance", "portfolio", "comparison"])
def test_every_page_is_one_sheet_wide_readable_and_nothing_overlaps(printed, label):
    xlsx, pages = printed[label]
    book = openpyxl.load_workbook(xlsx)
    seen = set()
    for number, words in enumerate(pages, 1):
        sheet = page_sheet(words, book.sheetnames)
        assert sheet, f"{label} page {number}: no sheet name in the page header"
        seen.add(sheet)
        # A wrapped header may break after a hyphen ("participant-" / "year"): compare the pieces.
        page_words = {piece for w in words for piece in re.split(r"(?<=[-/])", w[4]) if piece}
        for text in header_texts(book, sheet):
            missing = [t for t in re.split(r"\s+|(?<=[-/])", text) if t and t not in page_words]
            assert not missing, f"{label} page {number} ({sheet}): header '{text}' is cut ({missing} not printed)"
        assert not overlapping(words), f"{label} page {number} ({sheet}): words print on top of each other: {overlapping(words)[:5]}"
        small = [w for w in words if w[3] - w[1] < MIN_WORD_HEIGHT]
        assert not small, f"{label} page {number} ({sheet}): type shrunk too far ({small[:3]})"
    assert seen == set(book.sheetnames), f"{label}: sheets never printed: {set(book.sheetnames) - seen}"
    # Nothing cut off: every word of every text cell is printed on one of its sheet's pages.
    printed_pieces = {}
    for words in pages:
        sheet = page_sheet(words, book.sheetnames)
        printed_pieces.setdefault(sheet, set()).update(p for w in words for p in re.split(r"(?<=[-/])", w[4]) if p)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "s" and cell.value:
                    missing = [t for t in re.split(r"\s+|(?<=[-/])", cell.value) if t and t not in printed_pieces[sheet.title]]
                    assert not missing, f"{label} {sheet.title}!{cell.coordinate}: {missing} of '{cell.value}' not printed"


@pytest.mark.parametrize("label", [f.stem for f in scenario_files()] + ["variance"])
def test_no_chart_is_cut_across_pages(printed, label):
    xlsx, pages = printed[label]
    charts = chart_titles(xlsx)
    assert charts, f"{label}: the workbook has charts"
    for titles in charts:
        title, axes = titles[0], titles[1:]
        found = [(n, find_phrase(words, title)) for n, words in enumerate(pages) if find_phrase(words, title)]
        assert found, f"{label}: chart '{title}' not printed"
        number, title_words = found[0]
        below = [w for w in pages[number] if w[1] > title_words[0][3]]
        for axis in axes:
            assert find_phrase(below, axis), f"{label}: chart '{title}' is cut: its axis title '{axis}' is not on its page"


def test_the_worked_example_prints_in_at_most_12_pages(printed):
    _, pages = printed[WORKED]
    assert 1 <= len(pages) <= 12, f"{len(pages)} pages"


def test_the_portfolio_prints_landscape_one_page_wide(printed):
    xlsx, pages = printed["portfolio"]
    book = openpyxl.load_workbook(xlsx)
    for name in book.sheetnames:
        assert book[name].page_setup.fitToWidth in (1, None) and book[name].sheet_properties.pageSetUpPr.fitToPage
    portfolio_pages = [p for p in pages if page_sheet(p, book.sheetnames) == "Portfolio"]
    assert len(portfolio_pages) == 1, "the portfolio's summary of the shipped scenarios fits one page"
