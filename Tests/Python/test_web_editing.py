"""The web workspace in a real browser: editing a scenario and seeing the engine's figures.

Each test drives headless Chromium against the real `lcbudget serve` (see web_support.py) and
checks what the page shows against `lcbudget project` of the same YAML."""
import hashlib
import json
import re
import time
import urllib.error
import urllib.request

import yaml
from selenium.webdriver.common.by import By

from web_support import WORKED_EXAMPLE, engine_projection, engine_total, lcbudget, money, workspace_fixture

workspace = workspace_fixture()


def edited_copy(scenario_dir, tmp_path, pattern, replacement):
    """The worked example with one line changed by a regular expression, for the engine's figure."""
    text = (scenario_dir / WORKED_EXAMPLE).read_text()
    changed = re.sub(pattern, replacement, text, count=1, flags=re.M)
    assert changed != text
    path = tmp_path / "edited.yaml"
    path.write_text(changed)
    return path


def test_new_community_from_the_template_raises_no_advisory_and_saves_the_engine_total(workspace):
    browser, scenario_dir, _ = workspace
    browser.new_community()
    # Only what has no sensible default is asked for.
    browser.type("name", "Hillside Makers")
    browser.type("organization", "Hillside Unified")
    browser.choose("goal", "teacher-identity")
    browser.type("start", "2027-07")
    browser.type("cohort.participants", "20")
    browser.settled()
    assert browser.find_all("[data-error-for]") == [], [e.text for e in browser.find_all("[data-error-for]")]
    assert browser.advisories() == []
    assert "follows every recommendation" in browser.find("#advisory-summary").text
    shown = browser.figure("total")
    assert shown.startswith("$")

    assert browser.find("#file-name").get_attribute("value") == "hillside-makers.yaml"
    browser.click("#save")
    browser.wait(lambda d: "Saved" in browser.find("#save-status").text, message=browser.find("#save-status").text)
    saved = scenario_dir / "hillside-makers.yaml"
    assert engine_total(saved) == shown
    check = lcbudget("check", saved)
    assert "warning" not in check
    browser.wait(lambda d: [e.text for e in browser.find_all('[data-file="hillside-makers.yaml"]')] == ["Hillside Makers"])


def test_a_stipend_below_the_guide_shows_its_advisory_beside_the_field_and_the_engine_total(workspace, tmp_path):
    browser, scenario_dir, _ = workspace
    browser.open(WORKED_EXAMPLE)
    assert browser.figure("total") == "$547,809.59"
    assert browser.figure("presentValue") == "$539,826.18"
    assert browser.advisories() == ["FUNDING_GAP"]
    expected = engine_total(edited_copy(scenario_dir, tmp_path, r"^(stipends:\n  hourly_rate: ).*$", r"\g<1>45"))
    assert expected != "$547,809.59"

    browser.type("stipends.hourly_rate", "45")
    typed = time.monotonic()
    browser.wait(lambda d: browser.figure("total") == expected, timeout=5, message=f"total never became {expected}")
    assert time.monotonic() - typed < 1.0, "the total took more than a second to follow the edit"

    browser.settled()
    beside = browser.container_of("stipends.hourly_rate").find_elements(By.CSS_SELECTOR, '[data-advisory="STIPEND_BELOW_GUIDE"]')
    assert len(beside) == 1
    # The fix is priced by the engine: raising the rate back to $50 costs what the total differs by.
    difference = int(round(float(expected[1:].replace(",", "")) * 100)) - 54780959
    assert money(f"{-difference // 100}.{-difference % 100:02d}") in beside[0].text
    assert len(browser.find_all('[data-advisory="STIPEND_BELOW_GUIDE"]')) == 1

    # Following the suggestion removes the advisory and restores the published total.
    browser.type("stipends.hourly_rate", "50")
    browser.wait(lambda d: browser.figure("total") == "$547,809.59", timeout=5)
    browser.settled()
    assert browser.advisories() == ["FUNDING_GAP"]


def test_text_in_a_number_is_refused_beside_the_field_and_nothing_is_saved(workspace):
    browser, scenario_dir, _ = workspace
    path = scenario_dir / WORKED_EXAMPLE
    before = path.read_bytes()
    browser.open(WORKED_EXAMPLE)
    browser.type("cohort.participants", "abc")
    browser.settled()
    errors = browser.container_of("cohort.participants").find_elements(By.CSS_SELECTOR, '[data-error-for="cohort.participants"]')
    assert len(errors) == 1 and errors[0].text.strip(), "no error beside cohort.participants"
    assert browser.field("cohort.participants").get_attribute("aria-invalid") == "true"
    browser.click("#save")
    browser.wait(lambda d: "Not saved" in browser.find("#save-status").text)
    assert path.read_bytes() == before

    # The server refuses too (a page that skipped its own check could not write the file).
    document = browser.driver.execute_script("return JSON.parse(JSON.stringify(window.lcbudgetDocument()))")
    assert document["cohort"]["participants"] == "abc"
    request = urllib.request.Request(
        f"{browser.base}/api/scenarios/{WORKED_EXAMPLE}", method="PUT",
        data=json.dumps({"document": document, "baseSha256": hashlib.sha256(before).hexdigest()}).encode(),
        headers={"Content-Type": "application/json"})
    try:
        urllib.request.urlopen(request)
        raise AssertionError("the server saved a scenario with an error")
    except urllib.error.HTTPError as refused:
        assert refused.code == 422
    assert path.read_bytes() == before

    # Fixing it clears the error and the figures come back.
    browser.type("cohort.participants", "24")
    browser.wait(lambda d: browser.figure("total") == "$547,809.59", timeout=5)
    browser.settled()
    assert browser.find_all("[data-error-for]") == []


def test_adding_a_funding_source_changes_the_gap_and_closes_it(workspace, tmp_path):
    browser, scenario_dir, _ = workspace
    browser.open(WORKED_EXAMPLE)
    projection = engine_projection(scenario_dir / WORKED_EXAMPLE)
    assert browser.figure("gap.1") == money(projection["funding"][0]["gap"]) == "$58,582.60"
    assert browser.figure("gap.2") == money(projection["funding"][1]["gap"]) == "$64,096.99"

    browser.click('[data-add="funding"]')
    browser.settled()
    assert browser.driver.switch_to.active_element.get_attribute("data-field") == "funding.2.source"
    browser.type("funding.2.source", "State innovation grant")
    browser.type("funding.2.by_year.0", "50000")
    browser.wait(lambda d: browser.figure("gap.1") == "$8,582.60", timeout=5)
    assert browser.figure("gap.2") == "$64,096.99"
    assert "FUNDING_GAP" in browser.advisories()

    # Following the advisory's suggestion (fund the gap) removes it.
    browser.type("funding.2.by_year.0", "58582.60")
    browser.type("funding.2.by_year.1", "64096.99")
    browser.wait(lambda d: browser.figure("gap.total") == "$0.00", timeout=5)
    browser.settled()
    assert browser.advisories() == []
    assert browser.figure("gap.1") == browser.figure("gap.2") == "$0.00"

    browser.find("#file-name").clear()
    browser.find("#file-name").send_keys("riverside-funded.yaml")
    browser.click("#save")
    browser.wait(lambda d: "Saved" in browser.find("#save-status").text)
    saved = engine_projection(scenario_dir / "riverside-funded.yaml")
    assert [f["gap"] for f in saved["funding"]] == ["0.00", "0.00"]
    assert saved["advisories"] == []
    assert money(saved["total"]) == browser.figure("total") == "$547,809.59"

    # Removing the source brings the gap back.
    browser.click('[data-anchor="funding.2"] button.remove')
    browser.wait(lambda d: browser.figure("gap.1") == "$58,582.60", timeout=5)


def test_hostile_text_is_shown_as_text(workspace):
    browser, scenario_dir, _ = workspace
    hostile = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2"><b>bold</b> & "quoted"'
    browser.open(WORKED_EXAMPLE)
    browser.type("name", hostile)
    browser.type("funding.0.source", hostile)
    browser.settled()
    assert browser.driver.execute_script("return document.getElementById('editor-title').textContent") == hostile
    browser.find("#file-name").clear()
    browser.find("#file-name").send_keys("hostile.yaml")
    browser.click("#save")
    browser.wait(lambda d: "Saved" in browser.find("#save-status").text)
    browser.load()
    listed = browser.find('[data-file="hostile.yaml"]')
    assert browser.driver.execute_script("return arguments[0].textContent", listed) == hostile
    # Nothing the text spelled became an element or ran.
    assert browser.find_all("main img, main b, #scenario-list script") == []
    assert browser.driver.execute_script("return window.pwned") is None
    assert yaml.safe_load((scenario_dir / "hostile.yaml").read_text())["name"] == hostile


def test_saving_over_a_file_changed_on_disk_asks_first(workspace):
    from selenium.webdriver.support import expected_conditions

    browser, scenario_dir, _ = workspace
    browser.open(WORKED_EXAMPLE)
    browser.find("#file-name").clear()
    browser.find("#file-name").send_keys("conflict.yaml")
    browser.click("#save")
    browser.wait(lambda d: "Saved conflict.yaml" in browser.find("#save-status").text)
    browser.type("cohort.participants", "25")
    browser.settled()
    # Someone else changes the file meanwhile.
    path = scenario_dir / "conflict.yaml"
    theirs = path.read_text() + "# changed by someone else\n"
    path.write_text(theirs)

    browser.click("#save")
    alert = browser.wait(expected_conditions.alert_is_present(), message="no question before overwriting")
    assert "changed on disk" in alert.text
    alert.dismiss()
    browser.wait(lambda d: "Not saved" in browser.find("#save-status").text)
    assert path.read_text() == theirs

    browser.click("#save")
    browser.wait(expected_conditions.alert_is_present()).accept()
    browser.wait(lambda d: "Saved conflict.yaml" in browser.find("#save-status").text)
    assert yaml.safe_load(path.read_text())["cohort"]["participants"] == 25
    assert engine_total(path) == browser.figure("total")
