"""Live uncertainty in the web workspace: a scenario with an `uncertainty:` section shows how sure
its total is (P10, median, P90 of 10,000 simulated budgets) beside the total, recomputed as the
user types, and the figures are exactly `lcbudget simulate --draws 10000` of the same YAML. A
scenario without the section shows no such box."""
import json

from web_support import WORKED_EXAMPLE, lcbudget, money, workspace_fixture

workspace = workspace_fixture()
UNCERTAIN = "riverside-uncertain.yaml"


def simulated(path):
    """The engine's P10, P50, P90 of the total at the page's 10,000 draws."""
    total = json.loads(lcbudget("simulate", path, "--draws", "10000", "--format", "json"))["total"]
    return [money(total[k]) for k in ("p10", "p50", "p90")]


def shown(browser):
    return [browser.figure(f"uncertainty.{k}") for k in ("p10", "p50", "p90")]


def test_the_uncertain_scenario_shows_the_engines_percentiles_and_they_follow_an_edit(workspace, tmp_path):
    browser, scenario_dir, _ = workspace
    browser.open(UNCERTAIN)
    assert browser.find("#uncertainty-box").is_displayed()
    assert shown(browser) == simulated(scenario_dir / UNCERTAIN)
    p10, _, p90 = shown(browser)
    assert f"between {p10} and {p90}" in browser.find("#uncertainty-range").text
    assert "10,000 simulated budgets" in browser.find("#uncertainty-note").text

    before = shown(browser)
    browser.type("substitutes.days_per_participant", "9")
    browser.settled()
    edited = tmp_path / "edited.yaml"
    text = (scenario_dir / UNCERTAIN).read_text()
    lines = text.splitlines(keepends=True)
    days = [i for i, line in enumerate(lines) if line.strip().startswith("days_per_participant:")]
    assert len(days) == 1
    indent = lines[days[0]][: len(lines[days[0]]) - len(lines[days[0]].lstrip())]
    lines[days[0]] = f"{indent}days_per_participant: 9\n"
    edited.write_text("".join(lines))
    browser.wait(lambda d: shown(browser) != before, message=f"the percentiles stayed {before}")
    assert shown(browser) == simulated(edited)


def test_a_scenario_without_uncertainty_shows_no_box(workspace):
    browser, _, _ = workspace
    browser.open(WORKED_EXAMPLE)
    assert not browser.find("#uncertainty-box").is_displayed()
