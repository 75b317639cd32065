"""Downloads from the web workspace, compare and fit: the bytes `lcbudget report` writes.

The page asks the server for each file of the scenario on screen; every file must be byte for byte
what `lcbudget report` writes for the same YAML (same SOURCE_DATE_EPOCH), and the workbook's
total (read with openpyxl) must equal the page's."""
import json

import openpyxl
import pytest
import yaml

from web_support import WORKED_EXAMPLE, assert_same_as_report, lcbudget, money, workspace_fixture

workspace = workspace_fixture()
SLUG = "riverside-k-8-maker-educator-learning-community"


@pytest.fixture(scope="module")
def reported(workspace, tmp_path_factory):
    """`lcbudget report` of the worked example and of the calendar sample, into a fresh folder."""
    _, scenario_dir, _ = workspace
    out = tmp_path_factory.mktemp("report")
    for name in (WORKED_EXAMPLE, "calendar-sample.yaml"):
        lcbudget("report", scenario_dir / name, "--out", out / name, "--db", out / "record.sqlite")
    return out


def fresh_download(browser, button, suffix):
    for old in browser.download_dir.iterdir():
        old.unlink()
    browser.click(button)
    return browser.downloaded(suffix)


@pytest.mark.parametrize("button,suffix,written", [
    ("#download-xlsx", ".xlsx", f"{SLUG}.xlsx"),
    ("#download-brief-html", "-brief.html", f"{SLUG}-brief.html"),
    ("#download-brief-md", "-brief.md", f"{SLUG}-brief.md"),
    ("#download-justification", "-justification.md", f"{SLUG}-justification.md"),
])
def test_each_download_is_what_report_writes(workspace, reported, button, suffix, written):
    browser, _, _ = workspace
    browser.open(WORKED_EXAMPLE)
    got = fresh_download(browser, button, suffix)
    assert got.name == written
    assert_same_as_report(written, got.read_bytes(), (reported / WORKED_EXAMPLE / written).read_bytes())


def test_the_workbook_total_is_the_pages(workspace):
    browser, _, _ = workspace
    browser.open(WORKED_EXAMPLE)
    browser.type("stipends.hourly_rate", "55")
    browser.wait(lambda d: browser.figure("total") != "$547,809.59", timeout=5)
    browser.settled()
    shown = browser.figure("total")
    book = openpyxl.load_workbook(fresh_download(browser, "#download-xlsx", ".xlsx"), data_only=True)
    summary = book["Summary"]
    total = next(row[1].value for row in summary.iter_rows() if row[0].value == "Total cost")
    assert money(f"{total:.2f}") == shown


def test_the_calendar_download_is_what_report_writes(workspace, reported):
    browser, _, _ = workspace
    browser.open("calendar-sample.yaml")
    written = next((reported / "calendar-sample.yaml").glob("*.ics"))
    got = fresh_download(browser, "#download-ics", ".ics")
    assert_same_as_report(written.name, got.read_bytes(), written.read_bytes())


def test_the_yaml_download_is_the_scenario_on_screen(workspace, tmp_path):
    browser, scenario_dir, _ = workspace
    browser.open(WORKED_EXAMPLE)
    browser.type("cohort.participants", "30")
    browser.wait(lambda d: browser.figure("total") != "$547,809.59", timeout=5)
    browser.settled()
    got = fresh_download(browser, "#download-yaml", ".yaml")
    original = yaml.load((scenario_dir / WORKED_EXAMPLE).read_text(), Loader=yaml.BaseLoader)
    original["cohort"]["participants"] = "30"
    assert yaml.load(got.read_text(), Loader=yaml.BaseLoader) == original
    projected = json.loads(lcbudget("project", got, "--format", "json"), parse_float=str)
    assert money(projected["total"]) == browser.figure("total")


def test_compare_two_scenarios_side_by_side(workspace):
    browser, scenario_dir, _ = workspace
    browser.open(WORKED_EXAMPLE)
    from selenium.webdriver.support.ui import Select
    Select(browser.find("#compare-b")).select_by_value("guide-ten-month.yaml")
    browser.click("#compare")
    browser.wait(lambda d: browser.find_all("#compare-result table"))
    cli = json.loads(lcbudget("compare", scenario_dir / WORKED_EXAMPLE, scenario_dir / "guide-ten-month.yaml",
                              "--format", "json"), parse_float=str)
    text = browser.find("#compare-result").text
    for scenario in cli["scenarios"]:
        assert scenario["name"] in text
    footer = [cell.text for cell in browser.find_all("#compare-result tfoot td")]
    assert footer == [money(t) for t in cli["allPeriods"]["totals"]] + [money(cli["allPeriods"]["differences"][1])]


def test_fit_a_budget_and_use_the_answer(workspace):
    browser, scenario_dir, _ = workspace
    browser.open(WORKED_EXAMPLE)

    def fit(budget):
        browser.driver.execute_script("document.getElementById('fit-result').replaceChildren()")
        browser.find("#fit-budget").clear()
        browser.find("#fit-budget").send_keys(budget)
        browser.click("#fit")
        browser.wait(lambda d: browser.find("#fit-result").text.strip())
        return browser.find("#fit-result").text

    # The worked example's three leaders' buyouts alone cost more than $250,000: the page says so.
    assert "Nothing fits" in fit("$250,000")
    assert browser.find_all("#fit-result button") == []

    cli = json.loads(lcbudget("fit", scenario_dir / WORKED_EXAMPLE, "--budget", "450000", "--vary", "participants",
                              "--format", "json"), parse_float=str)
    assert cli["fit"]["outcome"] == "fits"
    assert cli["fit"]["message"] in fit("450000")
    browser.click("#fit-result button")
    browser.wait(lambda d: browser.field("cohort.participants").get_attribute("value") == str(cli["fit"]["value"]))
    browser.wait(lambda d: browser.figure("total") == money(cli["projection"]["total"]), timeout=5)
