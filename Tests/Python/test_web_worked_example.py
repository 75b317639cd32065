"""A person who has never seen YAML builds the worked example in the browser.

Starting from "New community", the test sets every value of scenarios/riverside-worked-example.yaml
through the form only (switches, add buttons, text fields, choices), sees the specification's
figures, saves, and downloads a workbook and a brief byte-identical to `lcbudget report` of the
saved file. Then each advisory the guide can raise on a field is provoked and fixed by following
its suggestion."""
import pytest
import yaml
from selenium.webdriver.common.by import By

from web_support import SCENARIOS, WORKED_EXAMPLE, assert_same_as_report, engine_total, lcbudget, workspace_fixture

workspace = workspace_fixture()


def leaves(node, prefix=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from leaves(value, f"{prefix}.{key}" if prefix else key)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from leaves(value, f"{prefix}.{index}")
    else:
        yield prefix, node


def set_checkbox(browser, path, on):
    box = browser.field(path)
    if box.is_selected() != on:
        browser.click(f'[data-field="{path}"]')
        browser.wait(lambda d: browser.field(path).is_selected() == on)


def items(browser, prefix):
    return len(browser.find_all(f'[data-anchor^="{prefix}."].item'))


def test_the_worked_example_built_in_the_browser_matches_the_specification(workspace, tmp_path):
    browser, scenario_dir, _ = workspace
    example = yaml.load((SCENARIOS / WORKED_EXAMPLE).read_text(), Loader=yaml.BaseLoader)
    wanted = dict(leaves(example))
    del wanted["format"]
    browser.new_community()

    for section in [s.get_attribute("data-field") for s in browser.find_all('[data-switch="section"]')]:
        set_checkbox(browser, section, section in example)
    for prefix in ("other", "funding"):
        while items(browser, prefix) < len(example[prefix]):
            browser.click(f'[data-add="{prefix}"]')
        while items(browser, prefix) > len(example[prefix]):
            browser.click(f'[data-anchor="{prefix}.{items(browser, prefix) - 1}"] button.remove')
    for path, value in wanted.items():
        element = browser.field(path)
        if element.get_attribute("type") == "checkbox":
            set_checkbox(browser, path, value == "true")
        elif element.tag_name == "select":
            browser.choose(path, value)
        else:
            browser.type(path, value)
    # What the example leaves out takes its default: clear whatever the template filled in.
    for element in browser.find_all("#scenario-form [data-field]:not([data-switch])"):
        path = element.get_attribute("data-field")
        if path in wanted:
            continue
        default = element.get_attribute("data-default")
        if element.get_attribute("type") == "checkbox":
            set_checkbox(browser, path, default == "true")
        elif element.tag_name == "select":
            if default:
                browser.choose(path, default)
        elif element.get_attribute("value"):
            assert default is not None, f"{path} is not in the worked example and has no default"
            browser.type(path, "")
    browser.settled()

    assert [e.text for e in browser.find_all("[data-error-for]")] == []
    assert browser.figure("total") == "$547,809.59"
    assert browser.figure("presentValue") == "$539,826.18"
    assert browser.figure("gap.1") == "$58,582.60"
    assert browser.figure("gap.2") == "$64,096.99"
    assert browser.advisories() == ["FUNDING_GAP"]

    browser.find("#file-name").clear()
    browser.find("#file-name").send_keys("riverside-from-the-page.yaml")
    browser.click("#save")
    browser.wait(lambda d: "Saved" in browser.find("#save-status").text, message="not saved")
    saved = scenario_dir / "riverside-from-the-page.yaml"
    assert engine_total(saved) == "$547,809.59"
    assert yaml.load(saved.read_text(), Loader=yaml.BaseLoader) == example

    out = tmp_path / "report"
    lcbudget("report", saved, "--out", out, "--db", tmp_path / "record.sqlite")
    for button, suffix in (("#download-xlsx", ".xlsx"), ("#download-brief-html", "-brief.html"), ("#download-brief-md", "-brief.md")):
        for old in browser.download_dir.iterdir():
            old.unlink()
        browser.click(button)
        got = browser.downloaded(suffix)
        assert_same_as_report(got.name, got.read_bytes(), (out / got.name).read_bytes())


# (field, a value that departs from the guide, the advisory beside the field, the guide's value)
DEPARTURES = [
    ("stipends.hourly_rate", "40", "STIPEND_BELOW_GUIDE", "50.00"),
    ("meetings.minutes", "60", "MEETING_LENGTH", "120"),
    ("planning.onramp_months", "3", "ONRAMP_SHORT", "6"),
    ("buyouts.leader_share", "0.2", "LEADER_BUYOUT_BELOW_GUIDE", "0.5"),
    ("start", "2027-11", "KICKOFF_MIDYEAR", "2027-08"),
    ("coaching.sessions_per_year", "0", "NO_COACHING", "10"),
]


@pytest.mark.parametrize("path,bad,code,good", DEPARTURES, ids=[d[2] for d in DEPARTURES])
def test_each_advisory_sits_beside_its_field_and_following_it_clears_it(workspace, path, bad, code, good):
    browser, _, _ = workspace
    browser.open(WORKED_EXAMPLE)
    browser.type(path, bad)
    browser.wait(lambda d: code in browser.advisories(), timeout=5, message=f"{code} did not appear")
    browser.settled()
    beside = browser.container_of(path).find_elements(By.CSS_SELECTOR, f'[data-advisory="{code}"]')
    assert len(beside) == 1, f"{code} is not beside {path}"
    assert beside[0].text.strip()
    browser.type(path, good)
    browser.wait(lambda d: code not in browser.advisories(), timeout=5, message=f"{code} stayed")
    browser.settled()
    assert browser.figure("total") == "$547,809.59"
