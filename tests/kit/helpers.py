"""Small helpers the kit's self-tests share: learner folders made from the reference, snapshots."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from tfkata.paths import ROOT, SOLUTIONS

TFKATA = [sys.executable, "-c", "from tfkata.cli import run; run()"]


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


def tfkata(*args: str, cwd: Path | None = None, env: dict | None = None, timeout: float = 180):
    """Run the real `tfkata` command; returns the CompletedProcess (text)."""
    return subprocess.run([*TFKATA, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, **(env or {})})


def run_python(code: str, timeout: float = 300):
    """Run ``code`` in a fresh Python (the kit's tests keep TensorFlow out of their own process,
    so that they, the engine's workers and this machine's memory get along); returns what it
    printed last, read as JSON."""
    import json
    import textwrap

    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "TF_CPP_MIN_LOG_LEVEL": "3"})
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
