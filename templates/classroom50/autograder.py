#!/usr/bin/env python3
"""tfkata's autograder for Classroom 50: grades the submission's exercises/ with the pristine graders
of a pinned release of the kit, and writes result.json.

Put this file at CLASSROOM/autograders/ASSIGNMENT/autograder.py in your classroom50 repository, and
give the assignment the runtime in runtime.json next to this file (`gh teacher assignment add ...
--runtime runtime.json`): Python 3.12, as the runner's default Python is newer than TensorFlow supports.
VERSION below is the release to grade with. pip installs it from PyPI, or from wherever the runner's
environment tells pip to look (PIP_INDEX_URL, PIP_EXTRA_INDEX_URL, PIP_FIND_LINKS): a kit published
elsewhere.

Classroom 50's runner runs it once per submission, in the student's checkout, with the submission's
identity in the environment (CLASSROOM, ASSIGNMENT, OWNER, SUBMISSION_TAG, COMMIT_URL, ...). It installs
the tfkata package at VERSION into the Python that runs this file (its graders come with it: never the
copy of the kit a student's repository may hold), checks the kit's grading files against its manifest
(tfkata verify), then grades exercises/ and writes, in the checkout: result.json (one test per exercise,
worth its points), release-body.md (the checklist with the lessons, the Release's text), and the
checklist in the job's summary. Every command runs in a temporary folder of its own, not the checkout:
`python -m` puts its working directory first on the import path.

Exit 0 once graded, whatever the score: the score is in result.json. Any other exit tells the runner
that grading could not happen (the kit could not be installed or verified, or could not grade).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

VERSION = "0.1.0"  # the kit's release to grade with: the tfkata package at this version
PYTHONS = ((3, 10), (3, 13))  # the Pythons the kit supports (its README)


def run(command: list, cwd: Path) -> int:
    print("+", " ".join(str(part) for part in command), flush=True)
    return subprocess.run([str(part) for part in command], cwd=cwd).returncode


def main() -> int:
    if not PYTHONS[0] <= sys.version_info[:2] <= PYTHONS[1]:
        print(f"::error::tfkata runs on Python 3.10 to 3.13, this is {sys.version.split()[0]}: "
              "give the assignment the runtime in runtime.json", file=sys.stderr)
        return 1
    checkout = Path.cwd()
    here = Path(tempfile.mkdtemp(prefix="tfkata-", dir=os.environ.get("RUNNER_TEMP") or None))
    tfkata = [sys.executable, "-m", "tfkata.cli"]
    if (run([sys.executable, "-m", "pip", "install", "--quiet", f"tfkata=={VERSION}"], cwd=here) != 0
            or run([*tfkata, "verify"], cwd=here) != 0):
        print(f"::error::could not set up the kit (tfkata {VERSION})", file=sys.stderr)
        return 1
    reports = [f"classroom50={checkout / 'result.json'}", f"markdown={checkout / 'release-body.md'}"]
    if os.environ.get("GITHUB_STEP_SUMMARY"):
        reports.append(f"markdown={os.environ['GITHUB_STEP_SUMMARY']}")
    code = run([*tfkata, "progress", "--target", checkout / "exercises",
                *(part for report in reports for part in ("--report", report))], cwd=here)
    return 0 if code in (0, 1) else 1  # 1: graded, not every exercise done


if __name__ == "__main__":
    sys.exit(main())
