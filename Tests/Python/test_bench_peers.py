"""The benchmark peers (bench/) do the same work as lcbudget, so `make bench`'s ratios compare
like with like: the plain-Python batch peer records the same lines and cents as `lcbudget batch`
on generated scenarios, and the numpy simulate peer's percentiles agree with `lcbudget simulate`
(different random draws, so within a percent, not to the cent)."""
import json
import sqlite3
import subprocess
import sys

from workbook_support import BINARY, ROOT, run

GENERATOR = ROOT / "scripts" / "generate-portfolio.py"


def record(db):
    return sqlite3.connect(db).execute("SELECT COUNT(DISTINCT run_id), COUNT(*), SUM(amount_cents) FROM run_line").fetchone()


def test_the_batch_peer_records_what_lcbudget_records(tmp_path):
    subprocess.run([sys.executable, GENERATOR, tmp_path / "gen", "--count", "40", "--seed", "11"], check=True,
                   capture_output=True)
    run("batch", tmp_path / "gen", "--out", tmp_path / "ours", "--db", tmp_path / "ours.sqlite")
    peer = subprocess.run([sys.executable, ROOT / "bench" / "batch_peer.py", tmp_path / "gen", "--out", tmp_path / "peer",
                           "--db", tmp_path / "peer.sqlite"], check=True, capture_output=True, text=True)
    ours = record(tmp_path / "ours.sqlite")
    assert ours[0] == 40 and ours[1] > 40 * 20
    assert record(tmp_path / "peer.sqlite") == ours, peer.stdout
    assert (tmp_path / "peer" / "portfolio.xlsx").stat().st_size > 0


def test_the_simulate_peer_agrees_with_lcbudget_within_a_percent():
    scenario = ROOT / "scenarios" / "riverside-uncertain.yaml"
    ours = json.loads(run("simulate", scenario, "--draws", "100000", "--format", "json"))["total"]
    out = subprocess.run([sys.executable, ROOT / "bench" / "simulate_peer.py", scenario, "--draws", "100000"],
                         check=True, capture_output=True, text=True).stdout
    figures = dict(zip(("p10", "p50", "p90"), (float(x.replace(",", "")) for x in out.split()[3::2])))
    for key, value in figures.items():
        assert abs(value - float(ours[key])) <= 0.01 * float(ours[key]), (key, value, ours[key])
