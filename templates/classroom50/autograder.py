#!/usr/bin/env python3
"""tfkata's autograder for Classroom 50: grades the submission's exercises/ with the pristine graders
of a pinned release of the kit, and writes result.json.

Put this file at CLASSROOM/autograders/ASSIGNMENT/autograder.py in your classroom50 repository, set
REPOSITORY below to the kit's repository, and give the assignment the runtime in runtime.json next to
this file (`gh teacher assignment add ... --runtime runtime.json`): Python 3.12, as the runner's default
Python is newer than TensorFlow supports.

Classroom 50's runner runs it once per submission, in the student's checkout, with the submission's
identity in the environment (CLASSROOM, ASSIGNMENT, OWNER, SUBMISSION_TAG, COMMIT_URL, ...). It clones
the kit at REF into the runner's temporary folder (never the copy of the kit a student's repository may
hold), installs it editable into the Python that runs this file, checks the kit's grading files against
its manifest (tfkata verify), then grades exercises/ and writes, in the checkout: result.json (one test
per exercise, worth its points), release-body.md (the checklist with the lessons, the Release's text),
and the checklist in the job's summary.

Exit 0 once graded, whatever the score: the score is in result.json. Any other exit tells the runner
that grading could not happen (the kit could not be cloned, installed or verified, or could not grade).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPOSITORY = "your-org/tfkata"  # placeholder: the kit's repository on GitHub, owner/name
REF = "v0.1.0"  # the kit's release to grade with: a tag of that repository
# TFKATA_KIT_URL, when set, is cloned instead (a mirror of the kit; the kit's self-test sets it).
KIT_URL = os.environ.get("TFKATA_KIT_URL") or f"https://github.com/{REPOSITORY}.git"
PYTHONS = ((3, 10), (3, 13))  # the Pythons the kit supports (its README)


def run(command: list, cwd: Path | None = None) -> int:
    print("+", " ".join(str(part) for part in command), flush=True)
    return subprocess.run([str(part) for part in command], cwd=cwd).returncode


def main() -> int:
    if not PYTHONS[0] <= sys.version_info[:2] <= PYTHONS[1]:
        print(f"::error::tfkata runs on Python 3.10 to 3.13, this is {sys.version.split()[0]}: "
              "give the assignment the runtime in runtime.json", file=sys.stderr)
        return 1
    checkout = Path.cwd()
    kit = Path(tempfile.mkdtemp(prefix="tfkata-kit-", dir=os.environ.get("RUNNER_TEMP") or None))
    # Every tfkata command runs in the kit: `python -m` puts the working directory first on sys.path.
    tfkata = [sys.executable, "-m", "tfkata.cli"]
    if (run(["git", "clone", "--quiet", "--depth", "1", "--branch", REF, KIT_URL, kit]) != 0
            or run([sys.executable, "-m", "pip", "install", "--quiet", "-e", kit], cwd=kit) != 0
            or run([*tfkata, "verify"], cwd=kit) != 0):
        print(f"::error::could not set up the kit ({KIT_URL} at {REF})", file=sys.stderr)
        return 1
    reports = [f"classroom50={checkout / 'result.json'}", f"markdown={checkout / 'release-body.md'}"]
    if os.environ.get("GITHUB_STEP_SUMMARY"):
        reports.append(f"markdown={os.environ['GITHUB_STEP_SUMMARY']}")
    code = run([*tfkata, "progress", "--target", checkout / "exercises",
                *(part for report in reports for part in ("--report", report))], cwd=kit)
    return 0 if code in (0, 1) else 1  # 1: graded, not every exercise done


if __name__ == "__main__":
    sys.exit(main())
