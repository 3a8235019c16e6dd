"""Time `tfkata grade` against the graders' own time on each submission.

    python benchmarks/grade.py [--submissions 5] [--jobs 1] [--kind solutions|stubs|mixed]

Makes a class of copies of solutions/ (or the stubs, or both in turn) in a temporary folder.

- The graders' own time on one submission: the graders run on it in one fresh process, as a
  grading worker runs them (pytest with the kit's worker plugin), and the durations of every
  test's set-up, call and tear-down are summed: what the graders spend, without the import of
  TensorFlow, the collection, or any of the engine's processes. Measured before and after the
  grading, and averaged: on a shared machine the speed drifts within minutes.
- `tfkata grade CLASS --jobs N`: the time between one submission's "graded" line and the next,
  once the workers are warm (the first submission, which pays the first fork and TensorFlow's
  first use, is left out), times the jobs: what a submission costs a worker.

Target (issue 12): once warm, a submission costs at most 1.2x the graders' own time on it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TFKATA = [sys.executable, "-c", "from tfkata.command import run; run()"]
SUM_DURATIONS = '''
import sys, pytest
from tfkata import catalogue, engine
from tfkata.inner import Grading
from tfkata.worker import pytest_args

class Sum:
    total = 0.0
    def pytest_runtest_logreport(self, report):
        Sum.total += report.duration

ids = list(catalogue.load().exercises)
request = {"target": sys.argv[1], "ids": ids, "time_limits": engine.time_limits(ids, None)}
pytest.main(pytest_args(request), plugins=[Grading(request, lambda event: None), Sum()])
print(f"GRADERS {Sum.total:.3f}")
'''


def make_class(folder: Path, count: int, kind: str) -> list[Path]:
    sources = {"solutions": [ROOT / "solutions"], "stubs": [ROOT / "tools" / "tfkata" / "stubs"]}
    sources["mixed"] = sources["solutions"] + sources["stubs"]
    made = []
    for i in range(count):
        source = sources[kind][i % len(sources[kind])]
        target = folder / f"learner{i:02d}"
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        made.append(target)
    return made


def graders_time(submission: Path) -> float:
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2")
    with tempfile.TemporaryDirectory(prefix="tfkata-bench-scratch-") as scratch:  # a worker's working folder
        run = subprocess.run([sys.executable, "-c", SUM_DURATIONS, str(submission)], cwd=scratch, env=env,
                             capture_output=True, text=True)
    line = next(l for l in run.stdout.splitlines() if l.startswith("GRADERS "))
    return float(line.split()[1])


def grade_times(folder: Path, jobs: int) -> tuple[float, list[float]]:
    """Wall time of the whole run, and the moment each submission's results were saved."""
    out = folder.parent / "gradebook"
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2")
    start = time.perf_counter()
    process = subprocess.Popen([*TFKATA, "grade", str(folder), "--out", str(out), "--jobs", str(jobs)],
                               cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    marks = [time.perf_counter() - start for line in process.stderr if line.startswith("graded ")]
    process.wait()
    return time.perf_counter() - start, marks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=5)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--kind", choices=["solutions", "stubs", "mixed"], default="solutions")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tfkata-bench-grade-") as tmp:
        folder = Path(tmp) / "class"
        made = make_class(folder, options.submissions, options.kind)
        samples = made[:2 if options.kind == "mixed" else 1]
        before = [graders_time(p) for p in samples]
        wall, marks = grade_times(folder, options.jobs)
        after = [graders_time(p) for p in samples]  # before and after: this machine's speed drifts within minutes
        own = statistics.mean(before + after)
        steps = [b - a for a, b in zip(marks, marks[1:])]
        per = statistics.median(steps) * options.jobs if steps else float("nan")
        print(f"class of {options.submissions} ({options.kind}), --jobs {options.jobs}: {wall:.1f} s in all; "
              f"first submission saved after {marks[0]:.1f} s")
        print(f"graders' own time on a submission: {own:.1f} s (one process, durations of every test summed; "
              f"{statistics.mean(before):.1f} s before the grading, {statistics.mean(after):.1f} s after)")
        print(f"tfkata grade, per submission once warm: {per:.1f} s (median of {len(steps)}; "
              f"{', '.join(f'{s:.1f}' for s in steps)}) = {per / own:.2f}x the graders' own time (target <= 1.2x)")


if __name__ == "__main__":
    main()
