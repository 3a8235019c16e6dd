#!/usr/bin/env python3
"""Grade solutions/ in one environment per corner of the range the kit supports.

    python tests/corners/run.py [--corner NAME ...] [--list] [--rebuild] [--margins SEEDS]

A corner is a Python interpreter and a set of pins: "lowest" installs every dependency
of pyproject.toml at its declared lower bound (a constraints file made from the
``>=`` bounds, so that the bounds cannot drift from what is proven); "newest" installs
the newest releases pip resolves for that Python. Each corner gets a venv in
~/.cache/tfkata-corners/<corner> (or $TFKATA_CORNERS/<corner>), reused while its
pins are unchanged (a "newest" one is rebuilt after a week, to meet new releases),
with ``pip install -e .`` of this checkout. In it, ``python -m pytest
tests/kit/test_graders.py --target=solutions --full -q`` grades solutions/ (every grader must
pass), the pristine stubs (not started) and every known variant in tests/variants/.

With ``--margins SEEDS`` it then runs tests/corners/margins.py there: how many steps
each "it learns" check takes over that many seeds, against its budget.

Prints one summary line per corner and exits 1 if any corner fails. A missing
interpreter skips its corner with a message, or fails it when CI=true. Standard
library only: it runs with any Python 3.10+.
"""

from __future__ import annotations

import argparse
import fcntl
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = Path(os.environ.get("TFKATA_CORNERS") or Path.home() / ".cache" / "tfkata-corners")
NEWEST_MAX_AGE = 7 * 24 * 3600  # seconds before a "newest" corner is built again
TEST = ["tests/kit/test_graders.py", "--target=solutions", "--full", "-q", "-p", "no:cacheprovider"]


@dataclass(frozen=True)
class Corner:
    name: str
    python: str  # major.minor
    pins: str  # "lowest" or "newest"
    about: str


CORNERS = [
    Corner("oldest", "3.10", "lowest", "the oldest Python, every dependency at the kit's lower bound"),
    Corner("py310-newest", "3.10", "newest", "what a new user on the oldest Python gets (Keras stops at 3.12 there)"),
    Corner("py311-newest", "3.11", "newest", "the newest releases on Python 3.11"),
    Corner("py312-newest", "3.12", "newest", "the newest releases on Python 3.12"),
    # The newest Python with tensorflow-cpu wheels (TensorFlow 2.20 and 2.21 ship cp313,
    # none ship cp314): move this on when TensorFlow does.
    Corner("newest", "3.13", "newest", "the newest Python TensorFlow has wheels for, newest releases"),
]
BY_NAME = {corner.name: corner for corner in CORNERS}


# ---------------------------------------------------------------- what a corner installs


def dependencies() -> list[str]:
    """pyproject.toml's [project] dependencies, as written."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10: tomli is one of the kit's dependencies there
        try:
            import tomli as tomllib
        except ModuleNotFoundError:
            block = re.search(r"^dependencies\s*=\s*\[(.*?)^\]", text, re.S | re.M).group(1)
            return re.findall(r'^\s*"([^"]+)"', block, re.M)
    return tomllib.loads(text)["project"]["dependencies"]


def lowest_constraints(requirements: list[str]) -> str:
    """Each ``name>=X[,<Y][; marker]`` as ``name==X[; marker]``: every dependency at its lower bound
    (an upper bound, ``<Y``, only keeps a known-broken release out of a normal install)."""
    lines = []
    for requirement in requirements:
        spec, _, marker = requirement.partition(";")
        found = re.fullmatch(r"\s*([A-Za-z0-9_.\[\]-]+)\s*>=\s*([0-9][^,\s]*)\s*(?:,\s*<\s*[0-9][^,\s]*\s*)?", spec)
        if not found:
            raise SystemExit(f"pyproject.toml: {requirement!r} has no lower bound (name>=X) to pin")
        name = found.group(1).split("[")[0]
        lines.append(f"{name}=={found.group(2)}" + (f"; {marker.strip()}" if marker.strip() else ""))
    return "\n".join(lines) + "\n"


def constraints_of(corner: Corner) -> str:
    return lowest_constraints(dependencies()) if corner.pins == "lowest" else ""


def interpreter(version: str) -> Path | None:
    """An interpreter for ``version`` (e.g. "3.10"): $TFKATA_PYTHON_3_10, python3.10 on PATH, or pyenv's."""
    override = os.environ.get(f"TFKATA_PYTHON_{version.replace('.', '_')}")
    candidates = [Path(override)] if override else []
    pyenv = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    if pyenv.is_dir():
        found = [p for p in pyenv.iterdir() if re.fullmatch(re.escape(version) + r"\.\d+", p.name)]
        found.sort(key=lambda p: int(p.name.rsplit(".", 1)[1]), reverse=True)
        candidates += [p / "bin" / "python" for p in found]
    on_path = shutil.which(f"python{version}")
    if on_path and "/shims/" not in on_path:  # pyenv's shims answer for versions not selected
        candidates.append(Path(on_path))
    for candidate in candidates:
        try:
            said = subprocess.run([str(candidate), "-c", "import sys, venv; print('%d.%d' % sys.version_info[:2])"],
                                  capture_output=True, text=True, timeout=60).stdout.strip()
        except OSError:
            continue
        if said == version:
            return candidate
    return None


# ---------------------------------------------------------------- building a venv


def run_logged(command: list, log: Path, **kwargs) -> int:
    with open(log, "a", encoding="utf-8") as out:
        out.write(f"\n$ {' '.join(map(str, command))}\n")
        out.flush()
        return subprocess.run([str(c) for c in command], stdout=out, stderr=subprocess.STDOUT, **kwargs).returncode


def tail(log: Path, lines: int = 25) -> str:
    text = log.read_text(encoding="utf-8", errors="replace").splitlines() if log.exists() else []
    return "\n".join("    " + line for line in text[-lines:])


def say(corner: Corner, message: str) -> None:
    print(f"[{corner.name}] {message}", flush=True)


def build(corner: Corner, python: Path, rebuild: bool) -> Path:
    """The corner's venv, with this checkout installed; built again only when its pins changed."""
    folder = CACHE / corner.name
    venv, stamp_file, log = folder / "venv", folder / "stamp.json", folder / "install.log"
    constraints = constraints_of(corner)
    version = subprocess.run([str(python), "-c", "import platform; print(platform.python_version())"],
                             capture_output=True, text=True, check=True).stdout.strip()
    key = hashlib.sha256(json.dumps([version, corner.pins, constraints, dependencies()]).encode()).hexdigest()
    stamp = json.loads(stamp_file.read_text()) if stamp_file.exists() else {}
    fresh = corner.pins != "newest" or time.time() - stamp.get("built", 0) < NEWEST_MAX_AGE
    if not rebuild and stamp.get("key") == key and fresh and (venv / "bin" / "python").exists():
        if stamp.get("root") != str(ROOT):  # another checkout: point the editable install here
            say(corner, f"reusing the venv, installing this checkout ({ROOT})")
            if run_logged([venv / "bin" / "python", "-m", "pip", "install", "--no-deps", "-e", ROOT], log):
                raise Failure("pip install --no-deps -e . failed:\n" + tail(log))
            stamp_file.write_text(json.dumps({**stamp, "root": str(ROOT)}))
        else:
            say(corner, "reusing the venv (pins unchanged)")
        return venv
    say(corner, f"building a venv with Python {version} ({python}), {corner.pins} pins")
    shutil.rmtree(venv, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    stamp_file.unlink(missing_ok=True)
    log.write_text("")
    if run_logged([python, "-m", "venv", venv], log):
        raise Failure("python -m venv failed:\n" + tail(log))
    # Python 3.10's own pip (23.0) backtracks into building pyarrow 5 from source under the lowest pins;
    # a current pip resolves them at once.
    if run_logged([venv / "bin" / "python", "-m", "pip", "install", "--upgrade", "pip"], log):
        raise Failure("pip install --upgrade pip failed:\n" + tail(log))
    (folder / "constraints.txt").write_text(constraints)
    say(corner, "pip install -e ." + (f" -c constraints.txt ({len(constraints.splitlines())} lower bounds)"
                                      if constraints else " (newest releases)"))
    command = [venv / "bin" / "python", "-m", "pip", "install", "-e", ROOT]
    if constraints:
        command += ["-c", folder / "constraints.txt"]
    if run_logged(command, log):
        raise Failure("pip install failed:\n" + tail(log))
    stamp_file.write_text(json.dumps({"key": key, "root": str(ROOT), "built": time.time()}))
    return venv


VERSIONS = """import importlib.metadata as m, platform
def v(*names):
    for name in names:
        try:
            return m.version(name)
        except m.PackageNotFoundError:
            pass
    return "-"
print(platform.python_version(), v("tensorflow-cpu", "tensorflow"), v("keras"), v("numpy"))
"""


def resolved(venv: Path) -> dict[str, str]:
    said = subprocess.run([str(venv / "bin" / "python"), "-c", VERSIONS], capture_output=True, text=True).stdout.split()
    return dict(zip(("python", "tensorflow", "keras", "numpy"), said)) if len(said) == 4 else {}


class Failure(Exception):
    """A corner that could not be built or graded, with what to show."""


# ---------------------------------------------------------------- one corner


def grade(corner: Corner, venv: Path) -> tuple[bool, str]:
    """(passed, "N passed, M failed") of the grader self-test in the corner's venv."""
    log = CACHE / corner.name / "pytest.log"
    log.write_text("")
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2", "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("VIRTUAL_ENV", None)
    env.pop("PYTHONPATH", None)
    env.pop("TFKATA_TARGET", None)
    env["PATH"] = f"{venv / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    say(corner, "grading: python -m pytest " + " ".join(TEST[:3]))
    code = run_logged([venv / "bin" / "python", "-m", "pytest", *TEST], log, cwd=ROOT, env=env)
    text = log.read_text(encoding="utf-8", errors="replace")
    counts = re.findall(r"(\d+) (passed|failed|errors?|skipped)", text.splitlines()[-1] if text.strip() else "")
    summary = ", ".join(f"{n} {word}" for n, word in counts) or f"pytest exit {code}"
    if code != 0:
        failed = [line for line in text.splitlines() if line.startswith(("FAILED", "ERROR"))]
        raise Failure(summary + "\n" + ("\n".join("    " + line for line in failed[:20]) or tail(log)))
    return True, summary


def margins(corner: Corner, venv: Path, seeds: int) -> None:
    """tests/corners/margins.py in the corner's venv, its lines shown as they come."""
    say(corner, f"margins of the training checks over {seeds} seeds")
    log = CACHE / corner.name / "margins.log"
    env = {**os.environ, "TF_CPP_MIN_LOG_LEVEL": "2"}
    code = run_logged([venv / "bin" / "python", ROOT / "tests" / "corners" / "margins.py", "--seeds", seeds],
                      log, cwd=ROOT, env=env)
    for text in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if text.startswith(("  ", "keras ")):
            say(corner, text)
    if code:
        raise Failure("a training check's margin is gone (margins.py):\n" + tail(log))


def run_corner(corner: Corner, rebuild: bool, ci: bool, seeds: int = 0) -> dict:
    start = time.monotonic()
    row = {"corner": corner.name, "versions": {}, "status": "", "summary": ""}
    python = interpreter(corner.python)
    if python is None:
        row.update(status="FAILED" if ci else "skipped",
                   summary=f"no Python {corner.python} on this machine (pyenv, python{corner.python} on PATH, "
                           f"or $TFKATA_PYTHON_{corner.python.replace('.', '_')})")
        say(corner, row["summary"] + ("" if ci else ": skipped"))
        return row | {"seconds": time.monotonic() - start}
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(CACHE / f"{corner.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # two runs on one machine take turns per corner
        try:
            venv = build(corner, python, rebuild)
            row["versions"] = resolved(venv)
            _, row["summary"] = grade(corner, venv)
            if seeds:
                margins(corner, venv, seeds)
            row["status"] = "passed"
        except Failure as failure:
            row["status"], row["summary"] = "FAILED", str(failure)
    row["seconds"] = time.monotonic() - start
    say(corner, f"{row['status']} in {row['seconds']:.0f} s")
    return row


def line(row: dict) -> str:
    v = row["versions"]
    versions = (f"python {v['python']}, tensorflow {v['tensorflow']}, keras {v['keras']}, numpy {v['numpy']}"
                if v else "-")
    first = row["summary"].splitlines()[0] if row["summary"] else ""
    return f"{row['corner']:14s} {row['status']:7s} {row['seconds']:5.0f} s  {versions}  ({first})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corner", action="append", choices=list(BY_NAME), metavar="NAME",
                        help="a corner to run (repeatable; default: all): " + ", ".join(BY_NAME))
    parser.add_argument("--list", action="store_true", help="list the corners and exit")
    parser.add_argument("--rebuild", action="store_true", help="build the venvs again even if their pins are unchanged")
    parser.add_argument("--margins", type=int, default=0, metavar="SEEDS",
                        help="then measure the training checks' margins over SEEDS seeds (tests/corners/margins.py)")
    options = parser.parse_args(argv)
    ci = os.environ.get("CI", "").lower() == "true"
    if options.list:
        for corner in CORNERS:
            python = interpreter(corner.python)
            print(f"{corner.name:14s} Python {corner.python}, {corner.pins} pins: {corner.about}; "
                  f"{python or 'interpreter missing'}")
        if any(c.pins == "lowest" for c in CORNERS):
            print("\nlowest pins (from pyproject.toml):\n" + lowest_constraints(dependencies()).rstrip())
        return 0
    chosen = [BY_NAME[name] for name in dict.fromkeys(options.corner)] if options.corner else CORNERS
    print(f"corners: {', '.join(c.name for c in chosen)}; venvs in {CACHE}", flush=True)
    rows = [run_corner(corner, options.rebuild, ci, options.margins) for corner in chosen]
    print("\ncorner         result    time  versions resolved  (graded)")
    for row in rows:
        print(line(row))
    for row in rows:
        if row["status"] == "FAILED":
            print(f"\n{row['corner']}: {row['summary']}")
    count = {status: sum(row["status"] == status for row in rows) for status in ("passed", "FAILED", "skipped")}
    print(f"\ncorners: {count['passed']} passed, {count['FAILED']} failed"
          + (f", {count['skipped']} skipped" if count["skipped"] else ""))
    return 1 if count["FAILED"] else 0


if __name__ == "__main__":
    sys.exit(main())
