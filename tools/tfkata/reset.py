"""Reset an exercise to its pristine stub, and undo a reset: the learner's version is saved first.

``reset`` replaces one function of the learner's module (the rest of the module is left
as it is) or, with every exercise, each module whole. Before anything is written, each
module it changes is copied into a backup folder of its own,
``.tfkata/backups/<time>-<what>/``, with ``record.json`` saying what the reset wrote.
``undo`` puts the latest backup back; an edit made since that reset is itself backed up
first, so an undo loses nothing either. Writes are atomic and share the lock of
tfkata.durable with ``swap``.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path

from . import catalogue
from .durable import FilesError, Step, copy_atomic, locked, mkdir_durable, sha, write_atomic
from .i18n import N_, _
from .paths import EXERCISES, STUBS, shown
from .sources import replace_function
from .swap import swapped_in

RECORD = "record.json"


@dataclass(frozen=True)
class Backup:
    """A reset's backup: where the learner's modules were saved, and what the reset covered."""

    folder: Path
    ids: list[str]
    modules: list[str]


def _new_folder(state: Path, label: str) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    folder, n = state / "backups" / f"{stamp}-{label}", 1
    while folder.exists():
        n += 1
        folder = state / "backups" / f"{stamp}-{label}-{n}"
    return folder


def _save(target: Path, modules: dict[str, str | None], folder: Path, ids: list[str], step: Step,
          undoes: str | None = None) -> None:
    """Copy each of ``modules`` (learner's name -> the text about to be written, or None) into
    ``folder``, then the record; only after this does anything in ``target`` change."""
    step(N_("create"), folder)
    mkdir_durable(folder / "files")
    record = {"when": time.strftime("%Y-%m-%d %H:%M:%S"), "order": time.time_ns(), "target": str(target), "ids": ids,
              "modules": {}}
    if undoes:
        record["undoes"] = undoes
    for name, text in modules.items():
        mine = target / name
        step(N_("save"), mine)
        existed = mine.is_file()
        if existed:
            copy_atomic(mine, folder / "files" / name)
        written = None if text is None else _digest(text)
        record["modules"][name] = {"existed": existed, "written": written}
    step(N_("write"), folder / RECORD)
    write_atomic(folder / RECORD, json.dumps(record, indent=1))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _refuse_while_swapped(target: Path, state: Path) -> None:
    """The kit's exercises/ holds the solutions while swapped: a reset there would reset those."""
    if swapped_in(state / "swap") and target.resolve() == EXERCISES.resolve():
        raise FilesError(_("the reference solutions are swapped in: run `tfkata swap back` first, then reset"))


def reset(ids: list[str], target: Path, state: Path, stubs: Path = STUBS) -> Backup:
    """Put the pristine stubs of ``ids`` into ``target``, the learner's modules saved first.

    Every exercise of the catalogue at once resets each module whole; otherwise only the
    named functions change. Raises FilesError (one line, saying what to do) on any OSError.
    """
    book = catalogue.load()
    exercises = [book.get(i) for i in ids]
    whole = set(ids) == set(book.exercises)
    label = "all" if whole else (ids[0] if len(ids) == 1 else f"{len(ids)}-exercises")
    step = Step()
    with locked(state):
        _refuse_while_swapped(target, state)
        try:
            new: dict[str, str] = {}
            for exercise in exercises:
                name = f"{exercise.module}.py"
                step(N_("read"), stubs / name)
                stub_source = (stubs / name).read_text(encoding="utf-8")
                if whole:
                    new[name] = stub_source
                    continue
                if name not in new:
                    step(N_("read"), target / name)
                    new[name] = (target / name).read_text(encoding="utf-8") if (target / name).is_file() else stub_source
                new[name] = replace_function(new[name], exercise.function, stub_source)
            folder = _new_folder(state, label)
            _save(target, new, folder, ids, step)
        except OSError as error:
            raise step.error(error, _("nothing was changed")) from None
        except UnicodeDecodeError as error:
            raise FilesError(_("{path} is not UTF-8 text (byte {byte} at {offset}), so its function cannot be found: "
                               "nothing was changed; save it as UTF-8, or `tfkata reset --all` (yours is saved first)"
                               ).format(path=shown(step.path), byte=f"0x{error.object[error.start]:02x}",
                                        offset=error.start)) from None
        try:
            for name, text in new.items():
                step(N_("write"), target / name)
                write_atomic(target / name, text)
        except OSError as error:
            raise step.error(error, _("your version is saved in {path}").format(path=shown(folder / "files"))) from None
    return Backup(folder, ids, sorted(new))


def backups(state: Path) -> list[Path]:
    """The backup folders of resets not yet undone, oldest first."""
    root = state / "backups"
    found = []
    for folder in root.iterdir() if root.is_dir() else []:
        try:
            record = _record(folder)
        except (OSError, ValueError):
            continue  # a reset killed before its record: nothing was changed
        if not record.get("undone") and not record.get("undoes"):
            found.append((record.get("order", 0), folder.name, folder))
    return [folder for *_, folder in sorted(found)]


def undo(state: Path, exercise_id: str | None = None) -> Backup:
    """Put back what the latest reset (of ``exercise_id``, if given) replaced.

    A module edited since that reset is saved first (in a backup of its own), so nothing is
    lost; a module the reset created is left in place. Raises FilesError when there is no
    reset to undo, or on any OSError.
    """
    step, folder = Step(), state / "backups"
    with locked(state):
        try:
            candidates = [f for f in backups(state)
                          if exercise_id is None or exercise_id in _record(f)["ids"]]
            if not candidates:
                if exercise_id:
                    raise FilesError(_("no reset of {id} to undo in {path}").format(
                        id=exercise_id, path=shown(state / "backups")))
                raise FilesError(_("no reset to undo in {path}").format(path=shown(state / "backups")))
            folder = candidates[-1]
            record = _record(folder)
            target = Path(record["target"])
            _refuse_while_swapped(target, state)
            changed = {name: None for name, saved in record["modules"].items()
                       if (target / name).is_file() and saved["existed"]
                       and sha(target / name) != saved["written"]}
            if changed:  # edited since the reset: keep that too
                _save(target, changed, _new_folder(state, "before-undo"), record["ids"], step, undoes=folder.name)
            for name, saved in record["modules"].items():
                if saved["existed"]:
                    step(N_("restore"), target / name)
                    copy_atomic(folder / "files" / name, target / name)
            record["undone"] = time.strftime("%Y-%m-%d %H:%M:%S")
            step(N_("write"), folder / RECORD)
            write_atomic(folder / RECORD, json.dumps(record, indent=1))
        except OSError as error:
            raise step.error(error, _("your saved version is in {path}").format(path=shown(folder / "files"))) from None
    return Backup(folder, record["ids"], sorted(record["modules"]))


def _record(folder: Path) -> dict:
    return json.loads((folder / RECORD).read_text(encoding="utf-8"))
