"""The kit as a learner gets it: a wheel built from this checkout, installed in a fresh venv with no checkout,
and the learner's loop in a workspace (tfkata init, check, watch, the notebook API, plain pytest, update).

The fresh venv does not download TensorFlow again: a .pth file puts this environment's site-packages after the
venv's own. A folder named in a .pth file joins sys.path, but the .pth files inside it are not run, so this
environment's editable tfkata (its __editable__ finder) stays out; the wheel's tfkata, installed in the venv's
own site-packages (pip --no-deps --no-index), is found first. The wheel is built from a copy of the checkout
without an isolated build environment (setuptools and build come with the dev extra), so nothing is downloaded
(helpers.kit_wheel).
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import threading
from pathlib import Path

import pytest
from helpers import kit_wheel
from tfkata.manifest import version
from tfkata.paths import SOLUTIONS, STUBS
from tfkata.sources import function_span, replace_function

pytestmark = pytest.mark.full  # builds a wheel and grades in a fresh venv: about a minute on 2 cores

EXERCISE = "fundamentals.scale_pixels"


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> Path:
    """The bin folder of a fresh venv holding the wheel of this checkout, its dependencies reached through a .pth."""
    folder = tmp_path_factory.mktemp("package")
    wheel = kit_wheel(folder)
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", folder / "venv"], check=True, timeout=120)
    python = folder / "venv" / "bin" / "python"
    site = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                          capture_output=True, text=True, check=True).stdout.strip()
    here = dict.fromkeys([sysconfig.get_path("purelib"), sysconfig.get_path("platlib")])
    Path(site, "dependencies.pth").write_text("".join(f"{path}\n" for path in here), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", "--no-index",
                    "--disable-pip-version-check", wheel], check=True, capture_output=True, timeout=300)
    return python.parent


def learners_environment(venv: Path) -> dict:
    """The environment a learner runs the fresh venv's commands in: none of this session's TFKATA_* settings."""
    environ = {name: value for name, value in os.environ.items()
               if not name.startswith("TFKATA_") and name not in ("PYTHONPATH", "VIRTUAL_ENV")}
    environ["PATH"] = os.pathsep.join([str(venv), *environ.get("PATH", "").split(os.pathsep)])
    return environ


def run(venv: Path, cwd: Path, *command: str, timeout: float = 300) -> subprocess.CompletedProcess:
    """``command`` in the fresh venv, as a learner runs it."""
    return subprocess.run(list(command), cwd=cwd, env=learners_environment(venv), capture_output=True, text=True,
                          timeout=timeout)


def watch_until_solved(venv: Path, ws: Path, exercise: str) -> str:
    """``tfkata watch --plain`` in the workspace: the solution of ``exercise`` saved once its first verdict is
    shown, then q once the save is graded done; what it printed."""
    process = subprocess.Popen(["tfkata", "watch", "--plain"], cwd=ws, env=learners_environment(venv), text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    killer = threading.Timer(300, process.kill)
    killer.start()
    printed = []
    try:
        for line in process.stdout:
            printed.append(line)
            if line.startswith(f"verdict: {exercise}: not started"):
                solve(ws, exercise)
            elif line.startswith(f"verdict: {exercise}: done"):
                process.stdin.write("q\n")
                process.stdin.flush()
        process.wait()
    finally:
        killer.cancel()
    return "".join(printed)


def solve(ws: Path, exercise: str) -> None:
    """The reference solution of ``exercise`` written into the workspace's module, the rest of it kept."""
    section, function = exercise.split(".")
    module = ws / "exercises" / f"{section}.py"
    module.write_text(replace_function(module.read_text(encoding="utf-8"), function,
                                       (SOLUTIONS / f"{section}.py").read_text(encoding="utf-8")), encoding="utf-8")


def test_the_wheel_alone_runs_the_learners_loop(venv, tmp_path):
    where = run(venv, tmp_path, "python", "-c",
                "import tfkata, tfkata.paths as p; print(tfkata.__file__); print(p.INSTALLED, p.GRADERS.is_dir())")
    path, found = where.stdout.splitlines()
    assert Path(path).is_relative_to(venv.parent) and found == "True True", where.stdout + where.stderr

    made = run(venv, tmp_path, "tfkata", "init", "ws")
    assert made.returncode == 0, made.stdout + made.stderr
    ws = tmp_path / "ws"
    assert sorted(p.name for p in (ws / "exercises").iterdir()) == sorted(
        p.name for p in STUBS.glob("*.py"))
    assert (ws / "tfkata.toml").is_file() and (ws / ".gitignore").is_file() and (ws / "README.md").is_file()
    assert f'TFKATA_VERSION: "{version()}"' in (ws / ".github" / "workflows" / "tfkata.yml").read_text(encoding="utf-8")
    again = run(venv, tmp_path, "tfkata", "init", "ws")
    assert again.returncode == 2 and "already" in again.stderr

    verified = run(venv, ws, "tfkata", "verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr

    first = run(venv, ws, "tfkata", "check", EXERCISE)
    assert first.returncode == 1 and "not started" in first.stdout, first.stdout + first.stderr
    solve(ws, EXERCISE)
    second = run(venv, ws / "exercises", "tfkata", "check", EXERCISE)  # from a folder below: the same workspace
    assert second.returncode == 0 and f"{EXERCISE}: done" in second.stdout, second.stdout + second.stderr
    assert (ws / ".tfkata" / "ledger.json").is_file()

    watched = watch_until_solved(venv, ws, "fundamentals.normalize_features")  # the first not done, by the ledger
    assert "1/57 done" in watched and "2/57 done" in watched, watched

    notebook = ws / "session.py"  # the notebook API in a Python session, with the function defined in it
    notebook.write_text("import numpy as np\nfrom tfkata import check\n\n\ndef scale_pixels(images):\n"
                        "    return np.asarray(images, dtype='float32') / 255.0\n\n\n"
                        f"print('status:', check({EXERCISE!r}).status)\n", encoding="utf-8")
    checked = run(venv, ws, "python", "session.py")
    assert "status: done" in checked.stdout, checked.stdout + checked.stderr

    graded = run(venv, ws, "python", "-m", "pytest", "-q", timeout=600)  # plain pytest: every exercise
    assert graded.returncode == 1 and "2 passed, 55 not started" in graded.stdout, graded.stdout + graded.stderr


def test_update_adds_a_newer_kits_exercises_and_keeps_the_learners_code(venv, tmp_path):
    assert run(venv, tmp_path, "tfkata", "init", "ws").returncode == 0
    ws = tmp_path / "ws"
    (ws / "tfkata.toml").write_text('version = "0.0.1"\n', encoding="utf-8")  # as made by an older kit
    (ws / "exercises" / "callbacks.py").unlink()  # a module that kit did not have
    module = ws / "exercises" / "fundamentals.py"
    source = module.read_text(encoding="utf-8").replace("raise NotImplementedError", "return 'mine'  # edited")
    first, end = function_span(source, "normalize_features")  # a function that kit did not have
    lines = source.splitlines(keepends=True)
    mine = "".join(lines[:first] + lines[end:])
    module.write_text(mine, encoding="utf-8")

    updated = run(venv, ws, "tfkata", "update")
    assert updated.returncode == 0, updated.stdout + updated.stderr
    assert "added exercises/callbacks.py" in updated.stdout
    assert "added normalize_features() to exercises/fundamentals.py" in updated.stdout
    now = module.read_text(encoding="utf-8")
    assert now.startswith(mine) and function_span(now, "normalize_features") is not None
    assert (ws / "exercises" / "callbacks.py").read_text(encoding="utf-8") == (
        STUBS / "callbacks.py").read_text(encoding="utf-8")
    assert f'version = "{version()}"' in (ws / "tfkata.toml").read_text(encoding="utf-8")
    again = run(venv, ws, "tfkata", "update")
    assert again.returncode == 0 and again.stdout.strip() == f"the workspace is at tfkata {version()}", again.stdout
    assert module.read_text(encoding="utf-8") == now
