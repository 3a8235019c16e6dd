"""Time the kit on this machine: run by hand, not in CI's pass/fail.

    python benchmarks/bench.py [--runs 5] [--quick]

Prints, per command in a fresh process, the median wall time of the runs and the peak
memory of its whole process tree (the command, the engine's fork server and workers),
sampled every 0.2 s: PSS, which counts a page shared by forked workers once, and RSS,
which counts it in every process. Targets from the issues stand beside each figure.
--quick runs the README's test command once and skips the section-by-section timings.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
TFKATA = [str(BIN / "tfkata")]
PYTEST = [sys.executable, "-m", "pytest", "-q", "--target", "solutions"]
MEMORY_LIMIT = 2 * 1024**3

# exercise -> what its floor builds: `import tensorflow`, that exercise's reference model, os._exit
CHECKS = {
    "fundamentals.scale_pixels": "",
    "fundamentals.regression_model": "fundamentals.regression_model(9)",
    "fundamentals.binary_classifier": "fundamentals.binary_classifier()",
}
FLOOR = ("import importlib.util, os, sys, tensorflow\n"
         "spec = importlib.util.spec_from_file_location('fundamentals', 'solutions/fundamentals.py')\n"
         "fundamentals = importlib.util.module_from_spec(spec); spec.loader.exec_module(fundamentals)\n"
         "{build}\nos._exit(0)\n")
SECTIONS = ("fundamentals", "transfer", "data", "callbacks", "overfitting")


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                parent = int(open(f"/proc/{entry}/stat").read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _memory(pids: list[int]) -> tuple[int, int]:
    """(PSS, RSS) in bytes, summed over the processes."""
    pss = rss = 0
    for pid in pids:
        try:
            for line in open(f"/proc/{pid}/smaps_rollup"):
                if line.startswith("Pss:"):
                    pss += int(line.split()[1]) * 1024
                elif line.startswith("Rss:"):
                    rss += int(line.split()[1]) * 1024
        except OSError:
            pass
    return pss, rss


def measure(command: list[str], allowed=(0,)) -> tuple[float, int, int]:
    """Wall seconds, peak PSS and peak RSS of the process tree of one fresh run."""
    # The kit's state (its ledger of verdicts) kept apart: a benchmark is not the learner's work.
    state = os.path.join(tempfile.gettempdir(), "tfkata-bench-state")
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="2", TFKATA_STATE=state)
    peak = [0, 0]
    start = time.perf_counter()
    log = open(ROOT / ".tfkata-bench.log", "w")
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)

    def sample():
        while child.poll() is None:
            pss, rss = _memory(_tree(child.pid))
            peak[0], peak[1] = max(peak[0], pss), max(peak[1], rss)
            time.sleep(0.2)

    sampler = threading.Thread(target=sample)
    sampler.start()
    code = child.wait()
    wall = time.perf_counter() - start
    sampler.join()
    log.close()
    if code not in allowed:
        tail = (ROOT / ".tfkata-bench.log").read_text(errors="replace").splitlines()[-30:]
        raise SystemExit(f"failed ({code}): {' '.join(command)}\n" + "\n".join(tail))
    return wall, peak[0], peak[1]


def median_of(command: list[str], runs: int, allowed=(0,)) -> tuple[float, int, int]:
    samples = [measure(command, allowed) for _ in range(runs)]
    return statistics.median(s[0] for s in samples), max(s[1] for s in samples), max(s[2] for s in samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true")
    options = parser.parse_args()
    runs = options.runs

    def row(name, wall, pss, rss, note):
        flag = "" if pss < MEMORY_LIMIT else "  OVER MEMORY LIMIT"
        print(f"{name:48s} {wall:6.2f} s {pss / 1024**2:5.0f} MiB {rss / 1024**2:5.0f} MiB  {note}{flag}", flush=True)

    print(f"median of {runs} runs (README command: {1 if options.quick else min(runs, 3)}); "
          f"memory: peak of the whole process tree")
    print(f"{'':48s} {'wall':>8s} {'PSS':>9s} {'RSS':>9s}")
    for exercise, build in CHECKS.items():
        # Interleaved, so that the machine's drift weighs on both alike.
        pairs = [(measure([sys.executable, "-c", FLOOR.format(build=build)]),
                  measure([*TFKATA, "check", exercise, "--target", "solutions"])) for _ in range(runs)]
        floor, check = ((statistics.median(p[i][0] for p in pairs), max(p[i][1] for p in pairs),
                         max(p[i][2] for p in pairs)) for i in (0, 1))
        row(f"floor for {exercise.split('.')[1]}", *floor, "import tensorflow + its model + os._exit")
        row(f"tfkata check {exercise}", *check, f"{check[0] / floor[0]:.2f}x floor (target <= 1.3x)")
    row("graders, all sections, on solutions", *median_of([*PYTEST, "tests/graders"], runs),
        "target <= 21.5 s (before the engine)")
    if not options.quick:
        for section in SECTIONS:
            row(f"graders {section} on solutions", *median_of([*PYTEST, f"tests/graders/test_{section}.py"], runs), "")
    readme = median_of([sys.executable, "-m", "pytest", "tests", "--target", "solutions", "-q"], 1 if options.quick else min(runs, 3))
    row("README test command", *readme, "target < 120 s, < 2 GiB (PSS)")


if __name__ == "__main__":
    main()
