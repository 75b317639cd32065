"""Helpers for the record (SQLite store) tests: the built binary and a recorded Riverside run."""
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BINARY = ROOT / ".build" / "debug" / "lcbudget"
SAMPLES = ROOT / "scenarios" / "samples"
RIVERSIDE = SAMPLES / "riverside.yaml"
ACTUALS = SAMPLES / "riverside-made-up-actuals.csv"
ATTENDANCE = SAMPLES / "riverside-made-up-attendance.csv"
NAME = "Riverside K-8 Maker Educator Learning Community"


def run(*args, env_extra=None, check=None):
    """Runs lcbudget with a fixed SOURCE_DATE_EPOCH; returns the CompletedProcess."""
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
    env.update(env_extra or {})
    result = subprocess.run([str(BINARY), *map(str, args)], capture_output=True, text=True, env=env, cwd=ROOT)
    if check is not None:
        assert result.returncode == check, result.stderr + result.stdout
    return result


def recorded_db(tmp_path):
    """A database holding one `project --save` run of the Riverside sample."""
    db = tmp_path / "record.sqlite"
    run("project", RIVERSIDE, "--save", "--db", db, check=0)
    return db
