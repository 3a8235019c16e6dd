"""Time the kit on this machine: run by hand, not in CI's pass/fail.

    python benchmarks/bench.py [--runs 5]

Prints, as the median of the runs, the wall time and peak memory of each command in
a fresh process: `import tensorflow` (the yardstick), `tfkata check` for exercises,
and the whole grader run on solutions/, with the issue's targets beside them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TFKATA = [str(BIN / "tfkata")]
PYTEST = [sys.executable, "-m", "pytest", "-q", "--target", "solutions"]

IMPORT = ("import tensorflow", [sys.executable, "-c", "import tensorflow"])
CHECKS = [f"fundamentals.{name}" for name in ("scale_pixels", "regression_model", "binary_classifier")]
# section -> target seconds for its graders on solutions/
SECTIONS = {"fundamentals": 20.0, "transfer": 60.0, "data": 30.0, "callbacks": 30.0, "overfitting": 30.0}
MEMORY_LIMIT = 2 * 1024**3


def measure(command: list[str]) -> tuple[float, int]:
    """Wall seconds and peak resident bytes of one fresh run."""
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2")
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0,):
        raise SystemExit(f"failed: {' '.join(command)}")
    return wall, usage.ru_maxrss * 1024


def median_of(command: list[str], runs: int) -> tuple[float, int]:
    samples = [measure(command) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), max(s[1] for s in samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs

    rows = []
    tf_wall, tf_mem = median_of(IMPORT[1], runs)
    rows.append((IMPORT[0], tf_wall, tf_mem, "yardstick"))
    for exercise in CHECKS:
        wall, mem = median_of([*TFKATA, "check", exercise, "--target", "solutions"], runs)
        rows.append((f"tfkata check {exercise}", wall, mem, f"{wall / tf_wall:.2f}x import (target <= 1.5x)"))
    wall, mem = median_of([*PYTEST, "tests/graders"], runs)
    rows.append(("graders, all sections, on solutions", wall, mem, f"sum of targets {sum(SECTIONS.values()):.0f} s"))
    for section, target in SECTIONS.items():
        wall, mem = median_of([*PYTEST, f"tests/graders/test_{section}.py"], runs)
        rows.append((f"graders {section} on solutions", wall, mem, f"target < {target:.0f} s"))

    print(f"median of {runs} runs; peak memory limit {MEMORY_LIMIT / 1024**3:.0f} GiB")
    for name, wall, mem, note in rows:
        flag = "" if mem < MEMORY_LIMIT else "  OVER MEMORY LIMIT"
        print(f"{name:48s} {wall:6.2f} s {mem / 1024**2:7.0f} MiB  {note}{flag}")


if __name__ == "__main__":
    main()
