"""Shared pytest set-up: every test runs in its own empty working directory.

`lcbudget report` records its run in `lcbudget.sqlite` in the working directory unless `--db`
says otherwise; running each test elsewhere keeps the checkout clean and the tests independent.
"""
import pytest


@pytest.fixture(autouse=True)
def _isolated_working_directory(tmp_path, monkeypatch):
    work = tmp_path / "cwd"
    work.mkdir()
    monkeypatch.chdir(work)
    yield
