"""Shared set-up for the browser tests of `lcbudget serve`: the real binary, a real Chromium.

`serve_workspace` starts `.build/debug/lcbudget serve` on a free port over a temporary copy of
scenarios/ and a temporary record, waits for /healthz and stops it with SIGTERM. `Browser` drives
Debian's chromium through Debian's chromedriver (Selenium never downloads a browser or driver) and
knows the page's conventions: inputs carry `data-field`, figures `data-figure`, advisories
`data-advisory`, errors `data-error-for`.
"""
import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

ROOT = Path(__file__).resolve().parents[2]
BIN = ROOT / ".build" / "debug" / "lcbudget"
SCENARIOS = ROOT / "scenarios"
WORKED_EXAMPLE = "riverside-worked-example.yaml"
ENV = dict(os.environ, SOURCE_DATE_EPOCH=os.environ.get("SOURCE_DATE_EPOCH", "1767225600"))
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def lcbudget(*args, cwd=None):
    result = subprocess.run([str(BIN), *map(str, args)], capture_output=True, text=True, env=ENV, cwd=cwd)
    assert result.returncode == 0, f"lcbudget {' '.join(map(str, args))}:\n{result.stderr}"
    return result.stdout


def engine_total(scenario):
    """`lcbudget project --format json`'s total, formatted as people (and the page) see it."""
    return money(json.loads(lcbudget("project", scenario, "--format", "json"), parse_float=str)["total"])


def engine_projection(scenario):
    return json.loads(lcbudget("project", scenario, "--format", "json"), parse_float=str)


def money(plain):
    """`$1,234.50` from the JSON's `1234.50` (exact: the digits are kept as text)."""
    text = str(plain)
    sign = "-" if text.startswith("-") else ""
    whole, _, fraction = text.lstrip("-").partition(".")
    return f"{sign}${int(whole):,}.{(fraction + '00')[:2]}"


@contextlib.contextmanager
def serve_workspace(tmp_dir):
    """Runs `lcbudget serve` over a copy of scenarios/; yields (base URL, scenario dir, db path)."""
    tmp_dir = Path(tmp_dir)
    scenario_dir = tmp_dir / "scenarios"
    shutil.copytree(SCENARIOS, scenario_dir, ignore=shutil.ignore_patterns("samples"))
    db = tmp_dir / "record.sqlite"
    port = free_port()
    log = (tmp_dir / "serve.log").open("wb")
    process = subprocess.Popen([str(BIN), "serve", "--port", str(port), "--dir", str(scenario_dir), "--db", str(db)],
                               stdout=log, stderr=subprocess.STDOUT, env=ENV, cwd=tmp_dir)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert process.poll() is None, f"lcbudget serve exited: {(tmp_dir / 'serve.log').read_text()}"
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=1) as answer:
                    if answer.status == 200:
                        break
            except OSError:
                pass
            assert time.monotonic() < deadline, "lcbudget serve did not answer /healthz within 30 s"
            time.sleep(0.1)
        yield base, scenario_dir, db
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


class Browser:
    """A headless Chromium on the workspace page, with the page's conventions as methods."""

    def __init__(self, base, download_dir):
        self.base = base
        self.download_dir = Path(download_dir)
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,800", "--force-device-scale-factor=1"):
            options.add_argument(flag)
        options.add_experimental_option("prefs", {"download.default_directory": str(self.download_dir),
                                                  "download.prompt_for_download": False})
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        self.driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        self.driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                                    {"behavior": "allow", "downloadPath": str(self.download_dir)})
        self.viewport(1280, 800)

    def quit(self):
        self.driver.quit()

    def viewport(self, width, height):
        """The page's viewport exactly (the window's chrome does not count), as a phone when narrow."""
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})

    # -- waiting -------------------------------------------------------------------------------
    def wait(self, condition, timeout=10, message=""):
        def safe(driver):
            try:
                return condition(driver)
            except StaleElementReferenceException:
                return False
        return WebDriverWait(self.driver, timeout, poll_frequency=0.05).until(safe, message)

    def load(self):
        self.dismiss_alerts()
        self.driver.get(self.base + "/")
        self.wait(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true",
                  message="the page did not load the field registry")

    def dismiss_alerts(self):
        with contextlib.suppress(NoAlertPresentException):
            self.driver.switch_to.alert.accept()

    def settled(self, timeout=10):
        """Waits until the page shows the answer for what is on screen (no edit waiting for one)."""
        self.wait(lambda d: d.execute_script("return window.lcbudgetIdle && window.lcbudgetIdle()"), timeout,
                  "the page kept waiting for the server")

    def open(self, file):
        self.load()
        self.click(f'[data-file="{file}"]')
        self.dismiss_alerts()
        self.wait(lambda d: d.find_element(By.ID, "file-name").get_attribute("value") == file)
        self.settled()

    def new_community(self):
        self.load()
        self.click("#new-community")
        self.wait(lambda d: d.find_elements(By.CSS_SELECTOR, '[data-field="name"]'))
        self.settled()

    # -- reading and writing -------------------------------------------------------------------
    def find(self, css):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def find_all(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def click(self, css):
        element = self.find(css)
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        element.click()

    def field(self, path):
        return self.find(f'[data-field="{path}"]')

    def type(self, path, text):
        """Replaces a text field's value by typing, as a person would (select all, then type)."""
        element = self.field(path)
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        element.click()
        element.send_keys(Keys.CONTROL, "a")
        element.send_keys(Keys.DELETE)
        element.send_keys(text)

    def choose(self, path, value):
        from selenium.webdriver.support.ui import Select
        Select(self.field(path)).select_by_value(value)

    def figure(self, name):
        return self.find(f'[data-figure="{name}"]').text

    def advisories(self):
        return [a.get_attribute("data-advisory") for a in self.find_all("[data-advisory]")]

    def container_of(self, path):
        """The block that holds a field: its label, input, hint, error and advisories."""
        return self.field(path).find_element(By.XPATH, "./ancestor::*[contains(concat(' ', @class, ' '), ' field ')][1]")

    def console_errors(self):
        """Script errors and policy violations since the last call (a 422 answer is not one: the
        page expects it while an entry is wrong)."""
        return [e for e in self.driver.get_log("browser") if e["level"] == "SEVERE" and e["source"] != "network"]

    def downloaded(self, suffix, timeout=15):
        """The one file ending in `suffix` that appears in the download folder."""
        def done(_):
            files = [p for p in self.download_dir.iterdir() if p.name.endswith(suffix)]
            partial = [p for p in self.download_dir.iterdir() if p.name.endswith(".crdownload")]
            return files[0] if files and not partial else False
        return self.wait(done, timeout, f"no {suffix} was downloaded")


def workspace_fixture():
    """A module-scoped pytest fixture: (Browser, scenario dir, db) over a fresh `lcbudget serve`."""
    import pytest

    @pytest.fixture(scope="module")
    def workspace(tmp_path_factory):
        tmp = tmp_path_factory.mktemp("web")
        downloads = tmp / "downloads"
        downloads.mkdir()
        with serve_workspace(tmp) as (base, scenario_dir, db):
            browser = Browser(base, downloads)
            try:
                yield browser, scenario_dir, db
            finally:
                browser.quit()
    return workspace


# --- Downloads against `lcbudget report` -------------------------------------------------------
# `report` records a run and stamps every file with it (workbook custom properties, the footer of
# the brief and justification, X-LCBUDGET-* lines in the ICS). A download from the page is the
# same scenario's files without a recorded run, so it carries no stamp. `unstamped` removes
# exactly that stamp from report's file (and checks it was there), so the rest must match byte
# for byte.
import io as _io
import re as _re
import zipfile as _zipfile

_MD_FOOTER = _re.compile(rb"\n\*Recorded as run \d+; scenario SHA-256 [0-9a-f]{64}\.\*\n")
_HTML_FOOTER = _re.compile(rb'<p class="source run">Recorded as run <span data-run-id>\d+</span>; scenario SHA-256 '
                           rb'<span data-source-sha256>[0-9a-f]{64}</span>\.</p>\n')
_ICS_STAMP = _re.compile(rb"X-LCBUDGET-(RUN|SOURCE-SHA256):[^\r\n]*\r\n(?: [^\r\n]*\r\n)*")  # folded lines too


def unstamped(name, data):
    """Report's file `name` without its run stamp; fails when the stamp is missing."""
    if name.endswith(".md"):
        out, n = _MD_FOOTER.subn(b"", data)
    elif name.endswith(".html"):
        out, n = _HTML_FOOTER.subn(b"", data)
    elif name.endswith(".ics"):
        out, n = _ICS_STAMP.subn(b"", data)
        n = 1 if n == 2 else 0
    else:
        return data
    assert n == 1, f"{name}: report's run stamp not found"
    return out


def assert_same_as_report(got_name, got, reported):
    """A downloaded file equals report's, but for report's run stamp."""
    if got_name.endswith(".xlsx"):
        with _zipfile.ZipFile(_io.BytesIO(got)) as a, _zipfile.ZipFile(_io.BytesIO(reported)) as b:
            parts = sorted(n for n in b.namelist() if n.startswith("xl/") or n == "docProps/core.xml")
            assert sorted(n for n in a.namelist() if n.startswith("xl/") or n == "docProps/core.xml") == parts
            for part in parts:
                assert a.read(part) == b.read(part), f"{got_name}: {part} differs from lcbudget report's"
            assert b"lcbudget run" in b.read("docProps/custom.xml"), "report's workbook names its run"
        return
    expected = unstamped(got_name, reported)
    if got != expected:
        import difflib
        diff = "".join(list(difflib.unified_diff(expected.decode().splitlines(True), got.decode().splitlines(True),
                                                 "report", "download"))[:40])
        raise AssertionError(f"{got_name} differs from lcbudget report's:\n{diff}")
