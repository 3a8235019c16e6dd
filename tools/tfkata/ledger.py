"""What the kit last found for each exercise of a target, so the learner's loop starts where they are.

Each grading the watch screen and `tfkata check` do is remembered with a fingerprint of
what it graded (the learner's module and the grader file). A remembered verdict counts
only while both are unchanged, so the ledger is a shortcut, never a verdict of its own:
an edit, a reset or a changed grader makes the exercise count as unknown again.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from . import catalogue
from .durable import write_atomic
from .paths import STATE
from .results import Results
from .sources import function_span

LEDGER = STATE / "ledger.json"


def fingerprint(target: Path, exercise: catalogue.Exercise) -> str:
    """What the exercise's verdict depends on: its module without the other exercises' functions (so that
    solving the next one keeps this one's verdict), and its grader file."""
    digest = hashlib.sha256()
    try:
        digest.update(_own_part(target / f"{exercise.module}.py", exercise).encode("utf-8", "surrogateescape"))
    except OSError:
        digest.update(b"\0missing")
    try:
        digest.update(exercise.section.grader_file.read_bytes())
    except OSError:
        digest.update(b"\0missing")
    return digest.hexdigest()


def _own_part(module: Path, exercise: catalogue.Exercise) -> str:
    """The module's text with every other exercise's function of the catalogue cut out."""
    lines = module.read_bytes().decode("utf-8", "surrogateescape").splitlines(keepends=True)
    source = "".join(lines)
    others = [e.function for e in catalogue.load().exercises.values()
              if e.module == exercise.module and e.id != exercise.id]
    for first, end in sorted(filter(None, (function_span(source, name) for name in others)), reverse=True):
        del lines[first:end]
    return "".join(lines)


def _read(ledger: Path) -> dict:
    try:
        data = json.loads(ledger.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}
    except (OSError, ValueError):
        return {}


def remember(target: Path, results: Results, ledger: Path = LEDGER) -> None:
    """Record each verdict of ``results`` for ``target``; a ledger that cannot be written is skipped."""
    book = catalogue.load()
    data = _read(ledger)
    entries = data.setdefault(str(target), {})
    for exercise_id, verdict in results.verdicts.items():
        entries[exercise_id] = {"status": verdict.status, "fingerprint": fingerprint(target, book.get(exercise_id))}
    try:
        ledger.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(ledger, json.dumps(data, indent=1))
    except OSError:
        pass  # a shortcut only: the next grading starts from the top


def recall(target: Path, ledger: Path = LEDGER) -> dict[str, str]:
    """Exercise id -> the status last found, for the exercises whose module and grader are unchanged since."""
    book = catalogue.load()
    entries = _read(ledger).get(str(target), {})
    return {exercise_id: entry["status"] for exercise_id, entry in entries.items()
            if exercise_id in book.exercises and isinstance(entry, dict)
            and entry.get("fingerprint") == fingerprint(target, book.get(exercise_id))}
