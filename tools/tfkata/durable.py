"""Writing the learner's files so that no moment of a crash loses a byte.

Every write goes to a temporary file beside its destination, is fsynced, then renamed
over it (atomic on one file system), and the folder is fsynced; the tools that change a
learner's files (swap, reset) hold one lock, ``files.lock`` in the kit's state folder.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from .i18n import N_, _

TMP = ".tfkata-tmp"
LOCK_TIMEOUT = 10.0  # seconds to wait for another tool to finish with the files


class FilesError(Exception):
    """A change to the learner's files that was refused or failed; the one-line message says why and what to do."""


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temporary(dst: Path) -> Path:
    return dst.with_name(f".{dst.name}{TMP}")


def stage(src: Path, dst: Path) -> Path:
    """Copy bytes, mode and times of ``src`` to a temporary file beside ``dst``, on disk."""
    tmp = temporary(dst)
    tmp.unlink(missing_ok=True)  # a read-only leftover would refuse to be written over
    shutil.copy2(src, tmp)
    fd = os.open(tmp, os.O_RDONLY)  # the copy may be read-only (mode 0444): fsync needs no write access
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return tmp


def copy_atomic(src: Path, dst: Path) -> None:
    """Copy ``src`` onto ``dst`` so that ``dst`` is never half written."""
    os.replace(stage(src, dst), dst)
    fsync_dir(dst.parent)


def write_atomic(dst: Path, text: str | bytes) -> None:
    """Write ``text`` (or bytes) to ``dst`` so that ``dst`` is never half written; a file there keeps its mode."""
    tmp = temporary(dst)
    tmp.unlink(missing_ok=True)
    with (open(tmp, "wb") if isinstance(text, bytes) else open(tmp, "w", encoding="utf-8")) as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    if dst.is_file():
        os.chmod(tmp, stat.S_IMODE(dst.stat().st_mode))
    os.replace(tmp, dst)
    fsync_dir(dst.parent)


def mkdir_durable(folder: Path) -> None:
    """Make ``folder`` (and its parents) so that its entry survives a power cut."""
    if folder.is_dir():
        return
    mkdir_durable(folder.parent)
    folder.mkdir(exist_ok=True)
    fsync_dir(folder.parent)


def clean_tmp(folder: Path) -> None:
    """Remove temporary copies an interrupted swap left behind."""
    for leftover in folder.glob(f".*{TMP}"):
        leftover.unlink()


def one_line(text: str) -> str:
    return " ".join(text.split("\n"))


class Step:
    """The file operation under way, so that an ``OSError`` can be told as one line."""

    def __init__(self) -> None:
        self.what, self.path = N_("read"), Path()

    def __call__(self, what: str, path: Path) -> None:
        self.what, self.path = what, path

    def error(self, error: OSError, advice: str) -> FilesError:
        reason = error.strerror or str(error) or type(error).__name__
        return FilesError(one_line(_("cannot {what} {path}: {reason}; {advice}").format(
            what=_(self.what), path=self.path, reason=reason, advice=advice)))


@contextmanager
def locked(state: Path):
    """Hold ``files.lock`` in the kit's state folder ``state`` while changing the learner's files."""
    lock_path = state / "files.lock"
    step = Step()
    try:
        step(N_("create"), state)
        state.mkdir(parents=True, exist_ok=True)
        step(N_("lock"), lock_path)
        lock = FileLock(str(lock_path), timeout=LOCK_TIMEOUT)
        lock.acquire()
    except Timeout:
        raise FilesError(_("another tfkata command is changing your files ({path}); "
                           "try again when it has finished").format(path=lock_path)) from None
    except OSError as error:
        raise step.error(error, _("nothing was changed")) from None
    try:
        yield
    finally:
        lock.release()
