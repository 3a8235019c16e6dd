"""Where the kit's folders are, and how a grading target is named."""

from __future__ import annotations

import os
from pathlib import Path

from .i18n import _

ROOT = Path(__file__).resolve().parents[2]
EXERCISES = ROOT / "exercises"
SOLUTIONS = ROOT / "solutions"
STUBS = Path(__file__).resolve().with_name("stubs")  # the pristine stubs: self-tests and resets read these
GRADERS = ROOT / "tests" / "graders"
# What the tools keep between runs (swaps, reset backups, the ledger of last verdicts); TFKATA_STATE moves it.
STATE = Path(os.environ.get("TFKATA_STATE") or ROOT / ".tfkata").expanduser().resolve()


class TargetError(ValueError):
    """A target that is not a folder; the message is one line."""


def shown(path: Path) -> Path:
    """A path as the learner knows it: relative to the kit when inside it."""
    try:
        return path.relative_to(ROOT)
    except ValueError:
        return path


def resolve_target(name: str | os.PathLike | None = None) -> Path:
    """The folder of exercise modules to grade, as an absolute path.

    ``name`` (a ``--target``), else ``TFKATA_TARGET``, else the kit's own ``exercises/``.
    A relative path is relative to the folder the command runs in. Raises TargetError
    for anything that is not an existing folder.
    """
    given = name if name not in (None, "") else os.environ.get("TFKATA_TARGET") or None
    if given is None:
        return EXERCISES
    source = "--target" if name not in (None, "") else "TFKATA_TARGET"
    path = Path(os.path.abspath(Path(given).expanduser()))
    if path.is_file():
        raise TargetError(_("{source} {given} is a file: give the folder that holds it ({folder})").format(
            source=source, given=given, folder=path.parent))
    if not path.is_dir():
        raise TargetError(_("{source} {given}: there is no folder {path}").format(
            source=source, given=given, path=path))
    return path
