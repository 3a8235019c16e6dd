"""Time `tfkata watch` as a learner meets it: from a save to the verdict on screen.

    python benchmarks/watch.py [--runs 7] [--pause 5] [EXERCISE ...]

For each exercise, starts `tfkata watch --plain` on a copy of the stubs at that exercise,
then saves the reference module into it again and again (each save a little
different: a comment), so that every save is a full grading of a right answer, each after
`--pause` seconds of quiet (a learner reads, then types), and measures from the write to
the line that carries the new verdict. Prints the median and the range
per exercise; targets (issue 11): median <= 1.0 s for a fundamentals exercise, <= 2.0 s
for a transfer exercise, on the 2-core machine.
"""

from __future__ import annotations

import argparse
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from tfkata import catalogue  # noqa: E402
from tfkata.paths import SOLUTIONS, STUBS  # noqa: E402

TARGETS = {"fundamentals": 1.0, "transfer": 2.0}
DEFAULT = ["fundamentals.scale_pixels", "fundamentals.sequential_model", "transfer.fine_tune",
           "transfer.alpaca_model"]


def measure(exercise_id: str, runs: int, pause: float) -> list[float]:
    exercise = catalogue.load().get(exercise_id)
    folder = Path(tempfile.mkdtemp(prefix="tfkata-watch-bench-"))
    target, module = folder / "exercises", f"{exercise.module}.py"
    shutil.copytree(STUBS, target, ignore=shutil.ignore_patterns("__pycache__"))
    right = (SOLUTIONS / module).read_text(encoding="utf-8")  # the module done up to here (alpaca_model calls data_augmenter)
    process = subprocess.Popen([sys.executable, "-c", "from tfkata.command import run; run()", "watch", "--plain",
                                "--target", str(target), exercise_id],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               bufsize=1, env={**os.environ, "TFKATA_STATE": str(folder / "state")})
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put((time.perf_counter(), line)) for line in process.stdout],
                     daemon=True).start()

    def verdict(after: float) -> tuple[float, str]:
        while True:
            at, line = lines.get(timeout=300)
            if at >= after and line.startswith(f"verdict: {exercise_id}:"):
                return at, line

    try:
        verdict(0)
        times = []
        for run in range(runs):
            time.sleep(pause)
            written = time.perf_counter()
            (target / module).write_text(f"{right}\n# save {run}\n", encoding="utf-8")
            at, line = verdict(written)
            if not line.startswith(f"verdict: {exercise_id}: done"):
                raise SystemExit(f"the reference was not graded done: {line}")
            times.append(at - written)
        return times
    finally:
        process.kill()
        shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("exercises", nargs="*", default=DEFAULT)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--pause", type=float, default=5.0, help="seconds between saves")
    args = parser.parse_args()
    print(f"save -> verdict, {args.runs} saves each, {args.pause:g} s apart")
    for exercise_id in args.exercises:
        times = measure(exercise_id, args.runs, args.pause)
        target = TARGETS.get(exercise_id.split(".")[0])
        print(f"{exercise_id:35} median {statistics.median(times):5.2f} s  range {min(times):.2f}-{max(times):.2f} s"
              + (f"  (target <= {target:.1f} s)" if target else ""), flush=True)


if __name__ == "__main__":
    main()
