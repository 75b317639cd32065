"""Time from a keystroke to the updated total on the page (section 5 of scripts/bench.sh).

Starts `lcbudget serve` (the debug build the browser tests use) over a copy of scenarios/, opens
the worked example in headless Chromium, and times, for RUNS edits of the cohort size, the moment
the last key is sent to the moment `data-figure="total"` shows the engine's new total (the
page's debounce included). Prints the median and the worst."""
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "Tests" / "Python"))
from web_support import Browser, engine_total, serve_workspace  # noqa: E402

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 20

with tempfile.TemporaryDirectory() as tmp, serve_workspace(tmp) as (base, scenario_dir, _db):
    browser = Browser(base, Path(tmp) / "downloads")
    try:
        browser.open("riverside-worked-example.yaml")
        original = (scenario_dir / "riverside-worked-example.yaml").read_text()
        times = []
        for i in range(RUNS):
            participants = 25 + i % 10
            edited = Path(tmp) / "edited.yaml"
            edited.write_text(original.replace("participants: 24", f"participants: {participants}"))
            expected = engine_total(edited)
            if browser.figure("total") == expected:
                continue
            browser.type("cohort.participants", str(participants))
            sent = time.perf_counter()
            browser.wait(lambda d: browser.figure("total") == expected, 10, "the total did not update")
            times.append((time.perf_counter() - sent) * 1000)
            browser.settled()
        print(f"keystroke to updated total: median {statistics.median(times):.0f} ms, worst {max(times):.0f} ms "
              f"over {len(times)} edits (includes the page's debounce)")
    finally:
        browser.quit()
