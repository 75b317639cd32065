"""The web workspace with the keyboard alone, at a desktop and a phone size, and under its CSP.

Screenshots of both sizes are written to the test's folder (and to LCBUDGET_SCREENSHOTS when set,
which is how docs/images/ is refreshed: `LCBUDGET_SCREENSHOTS=docs/images .venv/bin/python -m
pytest Tests/Python/test_web_access.py`)."""
import os
import re
import shutil
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from web_support import ROOT, WORKED_EXAMPLE, workspace_fixture

workspace = workspace_fixture()
RESOURCES = ROOT / "Sources" / "LCServer" / "Resources"


def press(browser, *keys):
    ActionChains(browser.driver).send_keys(*keys).perform()


def focused(browser):
    return browser.driver.switch_to.active_element


def test_keyboard_alone_reaches_every_field_and_builds_a_community(workspace):
    browser, _, _ = workspace
    browser.load()
    press(browser, Keys.TAB)
    assert focused(browser).get_attribute("class") == "skip"
    press(browser, Keys.TAB)
    assert focused(browser).get_attribute("id") == "new-community"
    press(browser, Keys.ENTER)
    browser.wait(lambda d: focused(browser).get_attribute("data-field") == "name", message="New community did not focus the name")
    browser.settled()
    # Type the five answers the template asks for, moving with Tab only.
    answers = {"name": "Keyboard Community", "organization": "Tab Unified", "start": "2027-07", "cohort.participants": "12"}
    fields = browser.driver.execute_script(
        "return Array.from(document.querySelectorAll('#scenario-form [data-field]')).map(e => e.dataset.field)")
    reached = []
    for _ in range(len(fields) * 2 + 50):
        element = focused(browser)
        if not browser.driver.execute_script("return !!arguments[0].closest('#scenario-form')", element):
            break
        path = element.get_attribute("data-field")
        if path:
            reached.append(path)
            # Focus is visible: the page draws an outline around what has the keyboard.
            assert browser.driver.execute_script("return getComputedStyle(arguments[0]).outlineStyle", element) != "none", path
            if path in answers:
                element.send_keys(Keys.CONTROL, "a")
                element.send_keys(Keys.DELETE, answers[path])
            if path == "goal":
                element.send_keys("t")  # a select is chosen by typing: teacher-identity
        press(browser, Keys.TAB)
    assert reached == fields[fields.index("name"):], "Tab did not visit every field in order"
    browser.settled()
    assert browser.find_all("[data-error-for]") == [], [e.text for e in browser.find_all("[data-error-for]")]
    assert browser.field("goal").get_attribute("value") == "teacher-identity"
    assert browser.advisories() == []

    # Add a funding source with the keyboard: focus moves into the new entry.
    add = browser.find('[data-add="funding"]')
    browser.driver.execute_script("arguments[0].focus()", add)
    press(browser, Keys.ENTER)
    browser.wait(lambda d: (focused(browser).get_attribute("data-field") or "").startswith("funding.0."))
    # A section switch toggles with Space.
    switch = browser.find('[data-switch="section"]')
    section, was = switch.get_attribute("data-field"), switch.is_selected()
    browser.driver.execute_script("arguments[0].focus()", switch)
    press(browser, Keys.SPACE)
    browser.wait(lambda d: browser.field(section).is_selected() != was)
    assert focused(browser).get_attribute("data-field") == section


def test_every_input_has_a_label_and_the_conventions(workspace):
    browser, _, _ = workspace
    browser.open(WORKED_EXAMPLE)
    unlabeled = browser.driver.execute_script("""
        return Array.from(document.querySelectorAll('input, select, textarea'))
          .filter(e => e.type !== 'hidden' && !(e.labels && e.labels.length && e.labels[0].textContent.trim()))
          .map(e => e.id || e.outerHTML)""")
    assert unlabeled == []
    missing = browser.driver.execute_script("""
        return Array.from(document.querySelectorAll('#scenario-form input, #scenario-form select'))
          .filter(e => !e.dataset.field).map(e => e.id)""")
    assert missing == []
    for path in ("cohort.participants", "stipends.hourly_rate", "funding.0.by_year.1", "funding.1.source", "other.0.annual"):
        assert browser.field(path)
    for name in ("total", "presentValue", "perParticipantYear", "perStudentReached", "gap.1", "gap.2", "gap.total"):
        assert re.fullmatch(r"-?\$[\d,]+\.\d\d|n/a.*", browser.figure(name)), name
    for button in ("new-community", "save", "compare", "fit", "download-xlsx", "download-brief-html", "download-brief-md",
                   "download-justification", "download-ics", "download-yaml"):
        assert browser.find(f"#{button}").tag_name == "button"


@pytest.mark.parametrize("width,height,name", [(1280, 800, "web-desktop"), (390, 844, "web-phone")])
def test_no_horizontal_scrolling_and_screenshots(workspace, tmp_path, width, height, name):
    browser, _, _ = workspace
    browser.viewport(width, height)
    try:
        browser.open(WORKED_EXAMPLE)
        browser.type("stipends.hourly_rate", "45")
        browser.settled()
        browser.wait(lambda d: "STIPEND_BELOW_GUIDE" in browser.advisories(), timeout=5)
        widths = browser.driver.execute_script(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        assert widths[0] <= widths[1], f"the page scrolls sideways at {width}x{height}: {widths}"
        # Nothing inside sticks out of the viewport either (a clipped element would not scroll).
        wide = browser.driver.execute_script("""
            const limit = document.documentElement.clientWidth;
            return Array.from(document.querySelectorAll('main *'))
              .filter(e => e.getClientRects().length && !e.closest('.table-wrap'))
              .filter(e => e.getBoundingClientRect().right > limit + 1).map(e => e.tagName + '#' + e.id + '.' + e.className)""")
        assert wide == []
        browser.driver.execute_script("document.querySelector('[data-field=\"stipends.hourly_rate\"]').scrollIntoView({block: 'center'})")
        shot = tmp_path / f"{name}.png"
        browser.driver.save_screenshot(str(shot))
        assert shot.stat().st_size > 10000
        target = os.environ.get("LCBUDGET_SCREENSHOTS")
        if target:
            shutil.copy(shot, ROOT / target / shot.name)
    finally:
        browser.viewport(1280, 800)


def test_no_inline_script_style_or_handler_and_the_server_sends_the_policy(workspace):
    browser, _, _ = workspace
    with urllib.request.urlopen(browser.base + "/") as answer:
        policy = answer.headers["Content-Security-Policy"]
        page = answer.read().decode()
    assert "default-src 'self'" in policy and "unsafe-inline" not in policy and "unsafe-eval" not in policy

    class Check(HTMLParser):
        problems = []

        def handle_starttag(self, tag, attrs):
            names = dict(attrs)
            if tag == "script" and "src" not in names:
                self.problems.append("inline script")
            self.problems += [f"{tag} {n}" for n in names if n.startswith("on") or n == "style"]
            if tag == "style":
                self.problems.append("style element")
    checker = Check()
    checker.feed(page)
    assert checker.problems == []
    scripts = sorted(RESOURCES.glob("*.js"))
    assert [p.name for p in scripts] == ["analysis.js", "app.js", "form.js", "page.js"]
    for path in scripts:
        script = path.read_text()
        for forbidden in ("innerHTML", "outerHTML", "insertAdjacentHTML", "eval(", "new Function", "document.write"):
            assert forbidden not in script, (path.name, forbidden)
    # The page ran under that policy without a single violation or error.
    browser.console_errors()
    browser.open(WORKED_EXAMPLE)
    browser.type("stipends.hourly_rate", "45")
    browser.settled()
    assert browser.console_errors() == []
