"""Small helpers the kit's self-tests share: learner folders made from the reference, snapshots."""

from __future__ import annotations

import ast
import hashlib
import os
import subprocess
import sys
from pathlib import Path

from tfkata.paths import ROOT, SOLUTIONS

TFKATA = [sys.executable, "-c", "from tfkata.command import run; run()"]


def learner_folder(folder: Path, changes: dict[str, str] | None = None, modules=("fundamentals", "data")) -> Path:
    """``folder`` holding the reference ``modules``, each with ``changes`` applied:
    ``{"def scale_pixels(images):\\n": "def scale_pixels(images):\\n    while True: pass\\n"}``
    (each old text must be found exactly once in one module)."""
    folder.mkdir(parents=True, exist_ok=True)
    pending = dict(changes or {})
    for module in modules:
        source = (SOLUTIONS / f"{module}.py").read_text(encoding="utf-8")
        for old, new in list(pending.items()):
            if source.count(old) == 1:
                source = source.replace(old, new)
                del pending[old]
        (folder / f"{module}.py").write_text(source, encoding="utf-8")
    assert not pending, f"not found in {modules}: {list(pending)}"
    return folder


def read_variant(path: Path) -> dict:
    """EXERCISE, VERDICT, SAYS (and MUTATE, TIP, if any) of a variant file, read without importing it."""
    spec = {}
    for node in ast.parse(path.read_text()).body:
        if isinstance(node, ast.Assign):
            target = node.targets[0]
            names = ([getattr(t, "id", "") for t in target.elts] if isinstance(target, ast.Tuple)
                     else [getattr(target, "id", "")])
            if not set(names) <= {"EXERCISE", "VERDICT", "SAYS", "MUTATE", "TIP"}:
                continue  # the learner's own module variables, in a variant written out in full
            values = ast.literal_eval(node.value)
            spec.update(zip(names, values) if len(names) > 1 else [(names[0], values)])
    return spec


def variant_source(path: Path, spec: dict, module: str) -> str:
    """The variant as a learner's module: the file itself, or the reference with MUTATE applied."""
    if "MUTATE" not in spec:
        return path.read_text()
    source = (SOLUTIONS / f"{module}.py").read_text()
    for old, new in spec["MUTATE"]:
        assert source.count(old) == 1, f"{path.name}: {old!r} is not once in solutions/{module}.py"
        source = source.replace(old, new)
    return source


def snapshot(*folders: Path) -> dict[str, str]:
    """Path -> sha256 of every file under the folders (the kit's .tfkata and caches left out)."""
    seen = {}
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            parts = set(path.relative_to(folder).parts)
            if path.is_file() and not parts & {".git", ".venv", ".tfkata", ".hypothesis", "__pycache__",
                                                ".pytest_cache", "lab-output"}:
                seen[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return seen


def kit_snapshot() -> dict[str, str]:
    return snapshot(ROOT / "exercises", ROOT / "solutions", ROOT / "tests", ROOT / "tools") | {
        str(p): "" for p in ROOT.iterdir() if p.name not in (".tfkata", ".hypothesis", ".pytest_cache")}


def kit_wheel(folder: Path, grader_change: str = "") -> Path:
    """The wheel of this checkout, built into ``folder`` offline (no isolated build: setuptools and build come with
    the dev extra) from a copy of what pyproject.toml builds it from, so that nothing is written into the checkout
    and nothing left in its build/ gets in. ``grader_change`` is appended to the copy's fundamentals grader: a kit
    whose graders differ from its manifest."""
    import shutil

    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    tree = folder / "tree"
    sources = ["pyproject.toml", project["project"]["readme"], *project["tool"]["setuptools"]["package-dir"].values()]
    for name in sources:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tree / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            (tree / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, tree / name)
    if grader_change:
        with open(tree / "tests" / "graders" / "test_fundamentals.py", "a", encoding="utf-8") as grader:
            grader.write(grader_change)
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", folder / "dist", tree],
                   check=True, capture_output=True, timeout=300)
    shutil.rmtree(tree)
    (wheel,) = (folder / "dist").glob("tfkata-*.whl")
    return wheel


def tfkata(*args: str, cwd: Path | None = None, env: dict | None = None, timeout: float = 180):
    """Run the real `tfkata` command; returns the CompletedProcess (text)."""
    return subprocess.run([*TFKATA, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})



class Forked:
    """``function(*args)`` in a process forked from the engine's warm server, where TensorFlow is
    already loaded: the self-tests keep TensorFlow out of their own process (so that it, the
    engine's workers and this machine's memory get along), and pay no import for it."""

    def __init__(self, function, *args):
        from tfkata.engine import _context, start

        context = _context()
        self.receive, send = context.Pipe(duplex=False)
        self.process = context.Process(target=_call, args=(send, function, args), daemon=True)
        start(self.process)
        send.close()

    def result(self, timeout: float = 600):
        ready = self.receive.poll(timeout)
        if not ready:
            self.process.kill()
        outcome = self.receive.recv() if ready else (False, f"no result within {timeout} s")
        self.process.join()
        assert outcome[0], outcome[1]
        return outcome[1]


def _call(send, function, args) -> None:
    import traceback

    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)  # TensorFlow's banners; a failure comes back whole
    try:
        send.send((True, function(*args)))
    except BaseException:  # noqa: BLE001 - reported in the test's process
        send.send((False, traceback.format_exc()))


class InBackground:
    """``function(*args)`` in a thread of this process, started now; ``result()`` waits for it."""

    def __init__(self, function, *args):
        import threading

        self.outcome: tuple | None = None
        self.thread = threading.Thread(target=self._run, args=(function, args), daemon=True)
        self.thread.start()

    def _run(self, function, args) -> None:
        try:
            self.outcome = (True, function(*args))
        except BaseException as error:  # noqa: BLE001 - raised again in the test's thread
            self.outcome = (False, error)

    def result(self):
        self.thread.join()
        ok, value = self.outcome
        if not ok:
            raise value
        return value


def forked(function, *args):
    return Forked(function, *args).result()


def lab_command(kind: str, *args: str) -> tuple[int, str, str]:
    """`tfkata lab KIND ARGS` through the command's own entry, in this process: (exit code, stdout, stderr)."""
    import contextlib
    import io

    from tfkata import cli

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["lab", kind, *args])
    return code, out.getvalue(), err.getvalue()


def dry_run_outcome(state: dict, start):
    """A lab test module's dry run, started by ``start()`` into ``state`` unless it already was:
    yields (exit code, stdout, stderr, output folder, data folder), then removes its folder."""
    import shutil

    if not state:
        start()
    yield (*state["run"].result(), state["root"] / "out", state["root"] / "data")
    shutil.rmtree(state["root"], ignore_errors=True)
