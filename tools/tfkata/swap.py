"""Swap the reference solutions in place of the learner's files, and back: never lose a byte.

Crash-safe by order of writes: the learner's files are copied aside, and the list of
what was copied (the manifest, with the hash of each solution copied in) is written,
before any learner file is replaced; each replacement is atomic and fsynced; the
manifest is removed only once every file is restored. So whatever moment a swap is
killed at, ``swap back`` restores the learner's files byte for byte (and mode).

``swap back`` never overwrites an edit made while the solutions were in place: such a
file is first copied to ``<state parent>/kept/<timestamp>/``. The lock of tfkata.durable
(in the state folder's parent) keeps two commands from interleaving, and any ``OSError``
becomes a one-line ``FilesError`` that says what to do.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from .durable import (FilesError, Step, clean_tmp, copy_atomic, fsync_dir, locked, mkdir_durable, sha, stage,
                      write_atomic)
from .i18n import N_, _

MANIFEST = "manifest.json"


@dataclass(frozen=True)
class SwapBack:
    """What ``swap_back`` did: the files restored, and where edits made while swapped are kept."""

    restored: list[str] = field(default_factory=list)
    kept: dict[str, Path] = field(default_factory=dict)


def swapped_in(state: Path) -> bool:
    """Whether the solutions are swapped in (a manifest is in ``state``)."""
    return (state / MANIFEST).is_file()


def swap_solutions(exercises: Path, solutions: Path, state: Path) -> list[str]:
    """Put every module of ``solutions`` into ``exercises``, keeping the learner's in ``state``.

    Returns the modules swapped in. Raises FilesError if they already are, if another swap
    holds the lock, or on any OSError (then saying whether to run ``tfkata swap back``).
    """
    with locked(state.parent):
        if swapped_in(state):
            step = Step()
            step(N_("read"), state / MANIFEST)
            try:
                since = _manifest(state).get("since", "?")
            except OSError as error:
                raise step.error(error, _("nothing was changed")) from None
            raise FilesError(_("the solutions are already swapped in (since {since}); "
                               "run `tfkata swap back` first to get your files back").format(since=since))
        modules = sorted(p.name for p in solutions.glob("*.py"))
        step, replaced = Step(), []
        try:
            if state.exists():  # a swap killed before its manifest: no learner file was touched
                step(N_("remove"), state)
                shutil.rmtree(state)
            step(N_("create"), state / "files")
            mkdir_durable(state / "files")
            saved, swapped = {}, {}
            for name in modules:
                mine = exercises / name
                step(N_("save"), mine)
                if mine.is_file():
                    copy_atomic(mine, state / "files" / name)
                    saved[name] = sha(state / "files" / name)
                else:
                    saved[name] = None
                step(N_("read"), solutions / name)
                swapped[name] = sha(solutions / name)
            step(N_("write"), state / MANIFEST)
            write_atomic(state / MANIFEST, json.dumps(
                {"since": time.strftime("%Y-%m-%d %H:%M:%S"), "files": saved, "swapped": swapped}, indent=1))
            for name in modules:
                step(N_("replace"), exercises / name)
                os.replace(stage(solutions / name, exercises / name), exercises / name)
                replaced.append(name)
                fsync_dir(exercises)
        except OSError as error:
            if replaced or not _undo(exercises, state):
                raise step.error(error, _("run `tfkata swap back` to restore your files")) from None
            raise step.error(error, _("nothing was changed")) from None
        return modules


def _manifest(state: Path) -> dict:
    """The swap's manifest; FilesError, saying where the learner's files are, if it cannot be read as one."""
    try:
        manifest = json.loads((state / MANIFEST).read_text(encoding="utf-8"))
        if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), dict) or not all(
                isinstance(digest, (str, type(None))) for digest in manifest["files"].values()) or not isinstance(
                manifest.get("kept", {}), dict):
            raise ValueError("not a swap manifest")
    except ValueError as error:  # JSONDecodeError and UnicodeDecodeError too
        raise FilesError(_("the swap's record {path} is damaged ({reason}), so nothing was changed: your own files "
                           "are in {files}; copy them back into place yourself, then delete {state}").format(
            path=state / MANIFEST, reason=str(error).split(":")[0], files=state / "files", state=state)) from None
    return manifest


def _undo(exercises: Path, state: Path) -> bool:
    """Forget a swap that replaced nothing; False if its manifest stays (then swap back restores)."""
    try:
        if swapped_in(state):
            (state / MANIFEST).unlink()
    except OSError:
        return False
    shutil.rmtree(state, ignore_errors=True)
    try:
        clean_tmp(exercises)
    except OSError:
        pass  # a hidden leftover, never a learner file
    return True


def _kept_copies(kept_root: Path, name: str) -> dict[str, Path]:
    """Hash -> path of the edits of ``name`` already kept, in any kept folder."""
    copies = {}
    for folder in sorted(kept_root.glob("*")) if kept_root.is_dir() else []:
        if folder.is_dir():
            with suppress(OSError):  # a keep killed half way: the edit is still in exercises
                clean_tmp(folder)
                if not any(folder.iterdir()):
                    folder.rmdir()
            if (folder / name).is_file():
                copies.setdefault(sha(folder / name), folder / name)
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
    Raises FilesError if nothing is swapped in, if another swap holds the lock, or on any
    OSError (the learner's saved copies stay in ``state`` for the rerun).
    """
    with locked(state.parent):
        if not swapped_in(state):
            if state.exists():  # a swap killed before its manifest: nothing was replaced
                step = Step()
                try:
                    step(N_("clean"), exercises)
                    clean_tmp(exercises)
                    step(N_("remove"), state)
                    shutil.rmtree(state)
                except OSError as error:
                    raise step.error(error, _("fix it and run `tfkata swap back` again; "
                                              "your files were never replaced")) from None
                return SwapBack()
            raise FilesError(_("nothing to swap back: your own files are in place"))
        kept_root = state.parent / "kept"
        step, saved_copy = Step(), state / "files"
        try:
            step(N_("read"), state / MANIFEST)
            manifest = _manifest(state)
            saved, swapped = manifest["files"], manifest.get("swapped")  # no "swapped": keep any change
            kept = {name: Path(path) for name, path in manifest.get("kept", {}).items()}
            for name, digest in saved.items():
                backup = state / "files" / name
                step(N_("read"), backup)
                if digest is not None and sha(backup) != digest:
                    raise FilesError(_("the saved copy of {name} in {backup} is damaged; nothing more was changed")
                                     .format(name=name, backup=backup))
            folder = None
            for name, digest in saved.items():  # keep every edit before restoring anything
                current = exercises / name
                step(N_("read"), current)
                if not current.is_file():
                    continue  # deleted while swapped: nothing to keep
                now = sha(current)
                if now == digest or (swapped is not None and now == swapped.get(name)):
                    continue  # the learner's own file, or the solution untouched
                step(N_("read"), kept_root)
                copies = _kept_copies(kept_root, name)
                if now in copies:
                    kept[name] = copies[now]
                    continue
                folder = folder or _new_kept_folder(kept_root)
                step(N_("keep your edit in"), folder / name)
                mkdir_durable(folder)
                copy_atomic(current, folder / name)
                kept[name] = folder / name
            if kept != {n: Path(p) for n, p in manifest.get("kept", {}).items()}:
                step(N_("write"), state / MANIFEST)  # so that a rerun still reports them
                manifest["kept"] = {name: str(path) for name, path in kept.items()}
                write_atomic(state / MANIFEST, json.dumps(manifest, indent=1))
            for name, digest in saved.items():
                saved_copy = state / "files" / name if digest is not None else state / "files"
                step(N_("restore"), exercises / name)
                if digest is None:
                    (exercises / name).unlink(missing_ok=True)
                    fsync_dir(exercises)
                else:
                    copy_atomic(state / "files" / name, exercises / name)
            saved_copy = state / "files"
            step(N_("clean"), exercises)
            clean_tmp(exercises)
            step(N_("remove"), state / MANIFEST)
            (state / MANIFEST).unlink()
        except OSError as error:
            raise step.error(error, _("fix it and run `tfkata swap back` again; "
                                      "your saved copy is in {path}").format(path=saved_copy)) from None
        with suppress(OSError):  # every file is restored: the rest is tidying up
            fsync_dir(state)
        shutil.rmtree(state, ignore_errors=True)
        return SwapBack(sorted(saved), dict(sorted(kept.items())))
