"""The grading image (Dockerfile): one submission per container, its results.json on standard output.

What runs in the container, `python -m tfkata.container`, is run here as it runs there; the image
itself is built and run only where a Docker engine answers, and the test says so when it does not.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from helpers import learner_folder, tfkata
from tfkata import reports
from tfkata.paths import ROOT

pytestmark = pytest.mark.full  # the container image's build

TWO = "fundamentals.scale_pixels,fundamentals.normalize_features"
WRONG = {'return np.asarray(images, dtype="float32") / 255.0': 'return np.asarray(images, dtype="float32")'}


def _docker() -> str | None:
    """Why the image cannot be built here, or None."""
    if shutil.which("docker") is None:
        return "no docker command"
    info = subprocess.run(["docker", "info"], capture_output=True, text=True)
    return None if info.returncode == 0 else "no Docker engine answers"


def test_a_container_prints_only_its_submissions_results_and_they_join_a_gradebook(tmp_path):
    learner_folder(tmp_path / "ann", WRONG, modules=("fundamentals",))
    (tmp_path / "ann" / "fundamentals.py").write_text((tmp_path / "ann" / "fundamentals.py").read_text().replace(
        "def normalize_features(train, test):\n", "def normalize_features(train, test):\n    print('noise')\n"))
    run = subprocess.run([sys.executable, "-I", "-m", "tfkata.container", str(tmp_path / "ann"), "--only", TWO],
                         capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert run.returncode == 0, run.stderr
    results, own = reports.read_exercism(run.stdout)  # the whole output is the results file
    assert {i: v.status for i, v in results.verdicts.items()} == {
        "fundamentals.scale_pixels": "wrong", "fundamentals.normalize_features": "done"}
    printed = results.verdicts["fundamentals.normalize_features"].output
    assert own["submission"] == "ann" and set(printed.split()) == {"noise"}  # the learner's print, each call
    (tmp_path / "results").mkdir()
    (tmp_path / "results" / "ann.json").write_text(run.stdout)
    merged = tfkata("grade", "--from-results", str(tmp_path / "results"), "--out", str(tmp_path / "gradebook"))
    assert merged.returncode == 0 and "merged 1 results file(s) from the learners' CI: ann" in merged.stdout


@pytest.mark.skipif(_docker() is not None, reason=f"the image is not built here: {_docker()}")
def test_the_image_grades_a_submission_without_network(tmp_path):
    build = subprocess.run(["docker", "build", "-q", "-t", "tfkata-test", str(ROOT)], capture_output=True, text=True,
                           timeout=1800)
    assert build.returncode == 0, build.stderr
    learner_folder(tmp_path / "ann", WRONG, modules=("fundamentals",))
    run = subprocess.run(["docker", "run", "--rm", "--network", "none", "--read-only", "--tmpfs", "/tmp",
                          "-v", f"{tmp_path / 'ann'}:/submission:ro", "tfkata-test", "--only", TWO],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    results, _ = reports.read_exercism(run.stdout)
    assert json.loads(run.stdout)["tfkata"]["points"] == 5 and results.verdicts["fundamentals.scale_pixels"].status == "wrong"
