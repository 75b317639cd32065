"""The repository stands on its own: no tracked file reads or names a path outside it, and a
fresh clone installs exactly pinned test requirements.

A clone on a new machine has nothing beside it, so a test, script, notebook or doc that reaches
for a sibling folder (the format specification's own folder, for instance) fails or misleads
there. The worked example lives in scenarios/riverside-worked-example.yaml.
"""
import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Built from pieces so this file does not match itself.
SIBLING = ".." + "/" + "shared"
SPEC_FOLDER = "shared" + "/" + "spec"
# The same paths spelt with pathlib: a parent folder, or the quoted two dots, joined to that folder.
PATHLIB = re.compile(r"""(\.parent|["']\.\.["'])\s*/\s*["']""" + "sha" + r"""red["']|["']""" + "sha" + r"""red["']\s*/\s*["']spec["']""")


def offending_lines(text):
    """Lines of `text` that name a folder outside the repository, as (line number, line)."""
    return [(n, line) for n, line in enumerate(text.splitlines(), 1)
            if SIBLING in line or SPEC_FOLDER in line or PATHLIB.search(line)]


def tracked_files():
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    return [ROOT / name for name in listed.decode().split("\0") if name]


def test_the_scan_catches_each_spelling():
    # The control: each way a sibling folder has been named here is caught, plain text is not.
    assert offending_lines("let p = root.appendingPathComponent(\"" + SIBLING + "/spec/x.yaml\")")
    assert offending_lines("# a copy of `" + SPEC_FOLDER + "/example.yaml`")
    assert offending_lines("EXAMPLE = (ROOT / \"..\" / \"" + "shared\" / \"spec\" / \"x.yaml\")")
    assert offending_lines("files = [ROOT.parent / \"" + "shared\" / \"x\"]")
    assert not offending_lines("let shared = SharedBuffer(results)\nxl/sharedStrings.xml\n../../etc/x")


def test_no_tracked_file_names_a_path_outside_the_repository():
    files = tracked_files()
    assert len(files) > 100, "git ls-files listed too few files to be this repository"
    found = []
    for path in files:
        if not path.is_file():
            continue
        data = path.read_bytes()
        if b"\0" in data[:8192]:
            continue  # binary (a workbook, a picture): no paths to read
        for n, line in offending_lines(data.decode("utf-8", errors="replace")):
            found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not found, "paths outside the repository:\n" + "\n".join(found)


def test_test_requirements_are_pinned_exactly():
    lines = [line.split("#")[0].strip() for line in (ROOT / "requirements-test.txt").read_text().splitlines()]
    requirements = [line for line in lines if line]
    assert requirements, "requirements-test.txt lists nothing"
    loose = [line for line in requirements if not re.fullmatch(r"[A-Za-z0-9_.\-\[\],]+==[A-Za-z0-9_.+\-]+", line)]
    assert not loose, f"not pinned with ==: {loose}"
