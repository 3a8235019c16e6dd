"""Swap the reference solutions in place of the learner's files, and back: never lose a byte.

Crash-safe by order of writes: the learner's files are copied aside, and the list of
what was copied (the manifest, with the hash of each solution copied in) is written,
before any learner file is replaced; each replacement is atomic and fsynced; the
manifest is removed only once every file is restored. So whatever moment a swap is
killed at, ``swap back`` restores the learner's files byte for byte (and mode).

``swap back`` never overwrites an edit made while the solutions were in place: such a
file is first copied to ``<state parent>/kept/<timestamp>/``. A lock beside the state
folder (``swap.lock``) keeps two swaps from interleaving, and any ``OSError`` becomes
a one-line ``SwapError`` that says what to do.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock, Timeout

MANIFEST = "manifest.json"
TMP = ".tfkata-tmp"
LOCK_TIMEOUT = 10.0  # seconds to wait for another swap to finish


class SwapError(Exception):
    """A swap that was refused or failed; the one-line message says why and what to do."""


@dataclass(frozen=True)
class SwapBack:
    """What ``swap_back`` did: the files restored, and where edits made while swapped are kept."""

    restored: list[str] = field(default_factory=list)
    kept: dict[str, Path] = field(default_factory=dict)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _tmp(dst: Path) -> Path:
    return dst.with_name(f".{dst.name}{TMP}")


def _stage(src: Path, dst: Path) -> Path:
    """Copy bytes, mode and times of ``src`` to a temporary file beside ``dst``, on disk."""
    tmp = _tmp(dst)
    tmp.unlink(missing_ok=True)  # a read-only leftover would refuse to be written over
    shutil.copy2(src, tmp)
    fd = os.open(tmp, os.O_RDONLY)  # the copy may be read-only (mode 0444): fsync needs no write access
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return tmp


def _copy_atomic(src: Path, dst: Path) -> None:
    """Copy ``src`` onto ``dst`` so that ``dst`` is never half written."""
    os.replace(_stage(src, dst), dst)
    _fsync_dir(dst.parent)


def _write_atomic(dst: Path, text: str) -> None:
    tmp = _tmp(dst)
    tmp.unlink(missing_ok=True)
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, dst)
    _fsync_dir(dst.parent)


def _mkdir_durable(folder: Path) -> None:
    """Make ``folder`` (and its parents) so that its entry survives a power cut."""
    if folder.is_dir():
        return
    _mkdir_durable(folder.parent)
    folder.mkdir(exist_ok=True)
    _fsync_dir(folder.parent)


def _clean_tmp(folder: Path) -> None:
    """Remove temporary copies an interrupted swap left behind."""
    for leftover in folder.glob(f".*{TMP}"):
        leftover.unlink()


def _one_line(text: str) -> str:
    return " ".join(text.split("\n"))


class _Step:
    """The file operation under way, so that an ``OSError`` can be told as one line."""

    def __init__(self) -> None:
        self.what, self.path = "read", Path()

    def __call__(self, what: str, path: Path) -> None:
        self.what, self.path = what, path

    def error(self, error: OSError, advice: str) -> SwapError:
        reason = error.strerror or str(error) or type(error).__name__
        return SwapError(_one_line(f"cannot {self.what} {self.path}: {reason}; {advice}"))


@contextmanager
def _locked(state: Path):
    """Hold ``swap.lock`` beside ``state`` (not inside: swap back deletes ``state``)."""
    lock_path = state.parent / "swap.lock"
    step = _Step()
    try:
        step("create", state.parent)
        state.parent.mkdir(parents=True, exist_ok=True)
        step("lock", lock_path)
        lock = FileLock(str(lock_path), timeout=LOCK_TIMEOUT)
        lock.acquire()
    except Timeout:
        raise SwapError(f"another tfkata swap is running ({lock_path}); "
                        "try again when it has finished") from None
    except OSError as error:
        raise step.error(error, "nothing was changed") from None
    try:
        yield
    finally:
        lock.release()


def swapped_in(state: Path) -> bool:
    """Whether the solutions are swapped in (a manifest is in ``state``)."""
    return (state / MANIFEST).is_file()


def swap_solutions(exercises: Path, solutions: Path, state: Path) -> list[str]:
    """Put every module of ``solutions`` into ``exercises``, keeping the learner's in ``state``.

    Returns the modules swapped in. Raises SwapError if they already are, if another swap
    holds the lock, or on any OSError (then saying whether to run ``tfkata swap back``).
    """
    with _locked(state):
        if swapped_in(state):
            step = _Step()
            step("read", state / MANIFEST)
            try:
                since = json.loads((state / MANIFEST).read_text())["since"]
            except OSError as error:
                raise step.error(error, "nothing was changed") from None
            raise SwapError(f"the solutions are already swapped in (since {since}); "
                            "run `tfkata swap back` first to get your files back")
        modules = sorted(p.name for p in solutions.glob("*.py"))
        step, replaced = _Step(), []
        try:
            if state.exists():  # a swap killed before its manifest: no learner file was touched
                step("remove", state)
                shutil.rmtree(state)
            step("create", state / "files")
            _mkdir_durable(state / "files")
            saved, swapped = {}, {}
            for name in modules:
                mine = exercises / name
                step("save", mine)
                if mine.is_file():
                    _copy_atomic(mine, state / "files" / name)
                    saved[name] = _sha(state / "files" / name)
                else:
                    saved[name] = None
                step("read", solutions / name)
                swapped[name] = _sha(solutions / name)
            step("write", state / MANIFEST)
            _write_atomic(state / MANIFEST, json.dumps(
                {"since": time.strftime("%Y-%m-%d %H:%M:%S"), "files": saved, "swapped": swapped}, indent=1))
            for name in modules:
                step("replace", exercises / name)
                os.replace(_stage(solutions / name, exercises / name), exercises / name)
                replaced.append(name)
                _fsync_dir(exercises)
        except OSError as error:
            if replaced or not _undo(exercises, state):
                raise step.error(error, "run `tfkata swap back` to restore your files") from None
            raise step.error(error, "nothing was changed") from None
        return modules


def _undo(exercises: Path, state: Path) -> bool:
    """Forget a swap that replaced nothing; False if its manifest stays (then swap back restores)."""
    try:
        if swapped_in(state):
            (state / MANIFEST).unlink()
    except OSError:
        return False
    shutil.rmtree(state, ignore_errors=True)
    try:
        _clean_tmp(exercises)
    except OSError:
        pass  # a hidden leftover, never a learner file
    return True


def _kept_copies(kept_root: Path, name: str) -> dict[str, Path]:
    """Hash -> path of the edits of ``name`` already kept, in any kept folder."""
    copies = {}
    for folder in sorted(kept_root.glob("*")) if kept_root.is_dir() else []:
        if folder.is_dir():
            with suppress(OSError):  # a keep killed half way: the edit is still in exercises
                _clean_tmp(folder)
                if not any(folder.iterdir()):
                    folder.rmdir()
            if (folder / name).is_file():
                copies.setdefault(_sha(folder / name), folder / name)
    return copies


def _new_kept_folder(kept_root: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    folder, n = kept_root / stamp, 1
    while folder.exists():
        n += 1
        folder = kept_root / f"{stamp}-{n}"
    return folder


def swap_back(exercises: Path, state: Path) -> SwapBack:
    """Restore the learner's files saved by swap_solutions, keeping edits made meanwhile.

    Safe to run again if interrupted or failed: nothing is lost, nothing is kept twice.
    Raises SwapError if nothing is swapped in, if another swap holds the lock, or on any
    OSError (the learner's saved copies stay in ``state`` for the rerun).
    """
    with _locked(state):
        if not swapped_in(state):
            if state.exists():  # a swap killed before its manifest: nothing was replaced
                step = _Step()
                try:
                    step("clean", exercises)
                    _clean_tmp(exercises)
                    step("remove", state)
                    shutil.rmtree(state)
                except OSError as error:
                    raise step.error(error, "fix it and run `tfkata swap back` again; "
                                            "your files were never replaced") from None
                return SwapBack()
            raise SwapError("nothing to swap back: your own files are in place")
        kept_root = state.parent / "kept"
        step, saved_copy = _Step(), state / "files"
        try:
            step("read", state / MANIFEST)
            manifest = json.loads((state / MANIFEST).read_text())
            saved, swapped = manifest["files"], manifest.get("swapped")  # no "swapped": keep any change
            kept = {name: Path(path) for name, path in manifest.get("kept", {}).items()}
            for name, digest in saved.items():
                backup = state / "files" / name
                step("read", backup)
                if digest is not None and _sha(backup) != digest:
                    raise SwapError(f"the saved copy of {name} in {backup} is damaged; nothing more was changed")
            folder = None
            for name, digest in saved.items():  # keep every edit before restoring anything
                current = exercises / name
                step("read", current)
                if not current.is_file():
                    continue  # deleted while swapped: nothing to keep
                now = _sha(current)
                if now == digest or (swapped is not None and now == swapped.get(name)):
                    continue  # the learner's own file, or the solution untouched
                step("read", kept_root)
                copies = _kept_copies(kept_root, name)
                if now in copies:
                    kept[name] = copies[now]
                    continue
                folder = folder or _new_kept_folder(kept_root)
                step("keep your edit in", folder / name)
                _mkdir_durable(folder)
                _copy_atomic(current, folder / name)
                kept[name] = folder / name
            if kept != {n: Path(p) for n, p in manifest.get("kept", {}).items()}:
                step("write", state / MANIFEST)  # so that a rerun still reports them
                manifest["kept"] = {name: str(path) for name, path in kept.items()}
                _write_atomic(state / MANIFEST, json.dumps(manifest, indent=1))
            for name, digest in saved.items():
                saved_copy = state / "files" / name if digest is not None else state / "files"
                step("restore", exercises / name)
                if digest is None:
                    (exercises / name).unlink(missing_ok=True)
                    _fsync_dir(exercises)
                else:
                    _copy_atomic(state / "files" / name, exercises / name)
            saved_copy = state / "files"
            step("clean", exercises)
            _clean_tmp(exercises)
            step("remove", state / MANIFEST)
            (state / MANIFEST).unlink()
        except OSError as error:
            raise step.error(error, f"fix it and run `tfkata swap back` again; "
                                    f"your saved copy is in {saved_copy}") from None
        with suppress(OSError):  # every file is restored: the rest is tidying up
            _fsync_dir(state)
        shutil.rmtree(state, ignore_errors=True)
        return SwapBack(sorted(saved), dict(sorted(kept.items())))
