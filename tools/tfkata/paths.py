"""Where the kit's folders are, and how a grading target is named."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXERCISES = ROOT / "exercises"
SOLUTIONS = ROOT / "solutions"
GRADERS = ROOT / "tests" / "graders"
STATE = ROOT / ".tfkata"


def shown(path: Path) -> Path:
    """A path as the learner knows it: relative to the kit when inside it."""
    try:
        return path.relative_to(ROOT)
    except ValueError:
        return path


def resolve_target(name: str | os.PathLike | None = None) -> Path:
    """The folder of exercise modules to grade.

    ``exercises`` (the default, or ``TFKATA_TARGET``) and ``solutions`` name the kit's
    own folders; anything else is a path, relative to the current folder.
    """
    name = name or os.environ.get("TFKATA_TARGET") or "exercises"
    if str(name) in ("exercises", "solutions"):
        return ROOT / str(name)
    return Path(name).expanduser().resolve()
