"""Where the kit's folders are, and how a grading target is named."""

from __future__ import annotations

import os
from pathlib import Path

from .i18n import _

PACKAGE = Path(__file__).resolve().parent
ROOT = PACKAGE.parents[1]  # the kit's checkout, where an editable install runs from (the maintainers' tools)
INSTALLED = (PACKAGE / "_graders").is_dir()  # from a wheel: the kit's folders are inside the package (pyproject.toml)
GRADERS = PACKAGE / "_graders" if INSTALLED else ROOT / "tests" / "graders"
SOLUTIONS = PACKAGE / "_solutions" if INSTALLED else ROOT / "solutions"
TEMPLATES = PACKAGE / "_templates" if INSTALLED else ROOT / "templates"
STUBS = PACKAGE / "stubs"  # the pristine stubs: self-tests, resets and `tfkata init` read these
MARKER = "tfkata.toml"  # marks a learner's workspace (tfkata init) and holds the kit version it was made with


def find_workspace(start: Path) -> Path | None:
    """The learner's workspace holding ``start`` (the nearest folder up with the marker), or None."""
    for folder in (start, *start.parents):
        if (folder / MARKER).is_file():
            return folder
    return None


try:
    WORKSPACE = find_workspace(Path.cwd())
except OSError:  # the folder the command runs in is gone
    WORKSPACE = None
# Where the learner works: their workspace, else the checkout (editable), else the folder the command runs in.
BASE = WORKSPACE or (Path(os.path.abspath(".")) if INSTALLED else ROOT)
EXERCISES = BASE / "exercises"
# What the tools keep between runs (swaps, reset backups, the ledger of last verdicts); TFKATA_STATE moves it.
STATE = Path(os.environ.get("TFKATA_STATE") or BASE / ".tfkata").expanduser().resolve()


class TargetError(ValueError):
    """A target that is not a folder; the message is one line."""


def shown(path: Path) -> Path:
    """A path as the learner knows it: relative to where they work when inside it."""
    try:
        return path.relative_to(BASE)
    except ValueError:
        return path


def resolve_target(name: str | os.PathLike | None = None) -> Path:
    """The folder of exercise modules to grade, as an absolute path.

    ``name`` (a ``--target``), else ``TFKATA_TARGET``, else the workspace's (or the checkout's) ``exercises/``.
    A relative path is relative to the folder the command runs in. Raises TargetError
    for anything that is not an existing folder.
    """
    given = name if name not in (None, "") else os.environ.get("TFKATA_TARGET") or None
    if given is None:
        if INSTALLED and WORKSPACE is None and not EXERCISES.is_dir():
            raise TargetError(_("no tfkata workspace here: make one with `tfkata init`, or give --target FOLDER"))
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
