"""Swap the reference solutions in place of the learner's files, and back.

Crash-safe by order of writes: the learner's files are copied aside, and the list of
what was copied (the manifest) is written, before any learner file is replaced; each
replacement is atomic; the manifest is removed only once every file is restored.
So whatever moment a swap is killed at, ``swap back`` restores the learner's files
byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from pathlib import Path

MANIFEST = "manifest.json"


class SwapError(Exception):
    """A swap that was refused; the message says why and what to do."""


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_atomic(src: Path, dst: Path) -> None:
    """Copy bytes, mode and times of ``src`` onto ``dst`` so that ``dst`` is never half written."""
    tmp = dst.with_name(f".{dst.name}.tfkata-tmp")
    shutil.copy2(src, tmp)
    with open(tmp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(tmp, dst)
    _fsync_dir(dst.parent)


def _write_atomic(dst: Path, text: str) -> None:
    tmp = dst.with_name(f".{dst.name}.tfkata-tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, dst)
    _fsync_dir(dst.parent)


def _clean_tmp(folder: Path) -> None:
    """Remove temporary copies an interrupted swap left behind."""
    for leftover in folder.glob(".*.tfkata-tmp"):
        leftover.unlink()


def swapped_in(state: Path) -> bool:
    return (state / MANIFEST).is_file()


def swap_solutions(exercises: Path, solutions: Path, state: Path) -> list[str]:
    """Put every module of ``solutions`` into ``exercises``, keeping the learner's in ``state``."""
    if swapped_in(state):
        since = json.loads((state / MANIFEST).read_text())["since"]
        raise SwapError(f"the solutions are already swapped in (since {since}); "
                        "run `tfkata swap back` first to get your files back")
    if state.exists():  # a swap killed before its manifest: no learner file was touched
        shutil.rmtree(state)
    (state / "files").mkdir(parents=True)
    modules = sorted(p.name for p in solutions.glob("*.py"))
    saved = {}
    for name in modules:
        mine = exercises / name
        if mine.is_file():
            _copy_atomic(mine, state / "files" / name)
            saved[name] = _sha(mine)
        else:
            saved[name] = None
    _write_atomic(state / MANIFEST, json.dumps(
        {"since": time.strftime("%Y-%m-%d %H:%M:%S"), "files": saved}, indent=1))
    for name in modules:
        _copy_atomic(solutions / name, exercises / name)
    return modules


def swap_back(exercises: Path, state: Path) -> list[str]:
    """Restore the learner's files saved by swap_solutions; safe to run again if interrupted."""
    if not swapped_in(state):
        if state.exists():
            _clean_tmp(exercises)
            shutil.rmtree(state)
            return []
        raise SwapError("nothing to swap back: your own files are in place")
    saved = json.loads((state / MANIFEST).read_text())["files"]
    for name, digest in saved.items():
        backup = state / "files" / name
        if digest is None:
            (exercises / name).unlink(missing_ok=True)
        elif _sha(backup) != digest:
            raise SwapError(f"the saved copy of {name} in {backup} is damaged; nothing more was changed")
        else:
            _copy_atomic(backup, exercises / name)
    _clean_tmp(exercises)
    (state / MANIFEST).unlink()
    shutil.rmtree(state)
    return sorted(saved)
