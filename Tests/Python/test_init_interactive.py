"""`lcbudget init FILE` in a terminal: the questions are asked in a pseudo-terminal, an answer
that breaks its rule is asked again with the rule, an empty reply takes the bracketed default,
and the scenario written passes `lcbudget check` with no advisory
(docs/scenario-format.md, "Start a new community")."""
import os
import pty
import select
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BINARY = ROOT / ".build" / "debug" / "lcbudget"


class Terminal:
    """A child process on a pseudo-terminal: read until a prompt appears, then type a line."""

    def __init__(self, *args):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execv(str(BINARY), [str(BINARY), *map(str, args)])
        self.seen = ""
        self.transcript = ""  # everything the terminal showed, for comparing with the docs

    def expect(self, text, timeout=20):
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            left = deadline - time.monotonic()
            assert left > 0, f"timed out waiting for {text!r}; the terminal shows:\n{self.seen}"
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.fd, 4096)
                except OSError:  # the child closed the terminal
                    chunk = b""
                assert chunk, f"the program ended before {text!r}; the terminal shows:\n{self.seen}"
                shown = chunk.decode("utf-8", "replace").replace("\r\n", "\n")
                self.seen += shown
                self.transcript += shown
        # Consume through the match so the next expect waits for new output.
        index = self.seen.index(text) + len(text)
        shown, self.seen = self.seen[:index], self.seen[index:]
        return shown

    def type(self, line):
        os.write(self.fd, (line + "\n").encode())

    def answer(self, *exchanges):
        """Waits for each prompt in turn and types its reply: `(prompt, reply)` pairs."""
        for prompt, reply in exchanges:
            self.expect(prompt)
            self.type(reply)

    def wait(self):
        rest = []
        while True:
            try:
                chunk = os.read(self.fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            rest.append(chunk.decode("utf-8", "replace"))
        _, status = os.waitpid(self.pid, 0)
        tail = "".join(rest).replace("\r\n", "\n")
        self.transcript += tail
        return os.waitstatus_to_exitcode(status), self.seen + tail


def test_interactive_init_reasks_and_writes_a_scenario_with_no_advisory(tmp_path):
    out = tmp_path / "makers.yaml"
    term = Terminal("init", out)
    term.answer(
        ("Community name: ", "Riverside Makers"),
        ("Organization (district, school or nonprofit) [none]: ", "Riverside Unified"),
        ("Goal (teacher-identity, student-identity, student-outcomes): ", "student-identity"),
        ("First month of year 1 (YYYY-MM, June to September): ", "2027-08"),
        ("Educators in the cohort, leaders included: ", "lots"),  # invalid: asked again with the rule
    )
    term.expect("participants must be a whole number from 1 to 10,000.")
    term.answer(
        ("Educators in the cohort, leaders included: ", "20"),
        ("Leaders among them [0]: ", "2"),
        ("Leaders' average salary in dollars (for their buyout) [65000]: ", ""),  # the default
        ("Whole-group meetings a year (monthly is 10) [10]: ", ""),
        ("Minutes per meeting (90 to 120) [120]: ", "90"),
        ("Do meetings run after school hours (yes or no) [yes]: ", "no"),
    )
    status, rest = term.wait()
    assert status == 0, rest
    assert f"wrote {out} (0 advisories)" in rest

    text = out.read_text()
    assert "name: Riverside Makers\n" in text
    assert "  participants: 20\n" in text
    assert "  salary: 65000\n" in text
    assert "  minutes: 90\n" in text
    assert "childcare:" not in text  # meetings in the work day need no childcare

    check = subprocess.run([str(BINARY), "check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
    assert check.stdout == f"{out}: ok (0 advisories)\n"
    assert check.stderr == ""


def test_interactive_init_writes_nothing_when_input_ends(tmp_path):
    out = tmp_path / "makers.yaml"
    term = Terminal("init", out)
    term.answer(("Community name: ", "Makers"))
    term.expect("[none]: ")
    os.write(term.fd, b"\x04")  # end of input (Ctrl-D) at the start of a line
    status, rest = term.wait()
    assert status == 1
    assert "input ended before every question was answered" in rest
    assert not out.exists()


def docs_block(after):
    """The fenced block that follows the line `after` in docs/scenario-format.md."""
    page = (ROOT / "docs" / "scenario-format.md").read_text()
    start = page.index("```", page.index(after))
    start = page.index("\n", start) + 1
    return page[start:page.index("```", start)]


def test_docs_example_session_is_what_a_terminal_shows():
    """docs/scenario-format.md's example session, typed into a terminal, shows exactly that text
    (the terminal echoes the answers) and writes the file the page shows the beginning of."""
    session = docs_block("## Start a new community")
    lines = session.splitlines()
    assert lines[0] == "$ lcbudget init makers.yaml"
    # Each prompt line is `PROMPT: REPLY` (`PROMPT:` for an empty reply); rule lines are indented.
    replies = [line.split(": ", 1)[1] if ": " in line else "" for line in lines[2:-1] if not line.startswith("  ")]
    term = Terminal("init", "makers.yaml")  # in the test's own working directory (conftest.py)
    for reply in replies:
        term.expect(": ")
        term.type(reply)
    status, rest = term.wait()
    assert status == 0, rest
    shown = [line.rstrip() for line in term.transcript.splitlines()]
    assert shown == [line.rstrip() for line in lines[1:]]
    beginning = docs_block("The file begins:")
    assert Path("makers.yaml").read_text().startswith(beginning)
