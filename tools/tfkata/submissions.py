"""Grading a whole class: every submission folder, by the engine's isolated workers (`tfkata grade`).

A submission is a folder of exercise modules, or a learner's copy of the kit (its
``exercises/``). Each is graded as one job of one engine run, so the workers keep the engine's
guarantees (time limits, crashes and memory cost only that submission's exercises, and a worker
never grades two submissions). A submission's verdicts are written the moment its last one
arrives, as ``results/<name>.json`` (Exercism's results.json v3 with tfkata's verdicts), atomically,
with a digest of what was graded: the submission's files, the graders' fingerprint and the time
limit. A run skips each submission whose digest is unchanged, so a run that was interrupted picks
up where it stopped. Results downloaded from the learners' CI (``--from-results``) join the same
folder.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from . import catalogue, manifest, reports
from .durable import FilesError, copy_atomic, mkdir_durable, write_atomic
from .i18n import _
from .results import Results

RESULTS = "results"  # the folder of the gradebook that holds one results file per submission
WORKER_MEMORY = 1.5 * 1024**3  # what one grading worker may need, to size the default --jobs


@dataclass
class Submission:
    name: str  # the folder's name: the gradebook's row
    target: Path  # the folder of exercise modules in it
    digest: str = ""


def default_jobs() -> int:
    """The cores, but no more workers than the memory holds."""
    from .engine import cores

    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):  # pragma: no cover - no sysconf
        return cores()
    return max(1, min(cores(), int(memory // WORKER_MEMORY)))


def _has_modules(folder: Path) -> bool:
    return any((folder / f"{section.module}.py").is_file() for section in catalogue.load().sections.values())


def exercises_of(folder: Path) -> Path:
    """Where a submission's modules are: ``exercises/`` of a copy of the kit, the folder itself,
    or either inside the one folder an archive unpacked to."""
    for candidate in (folder / "exercises", folder):
        if _has_modules(candidate):
            return candidate
    inner = [p for p in folder.iterdir() if p.is_dir() and not p.name.startswith((".", "__"))]
    if len(inner) == 1 and not _has_modules(folder):
        found = exercises_of(inner[0])
        if _has_modules(found):
            return found
    return folder


def find(folder: Path) -> list[Submission]:
    """The submissions in ``folder``: each sub-folder (hidden ones and __pycache__ aside), by name."""
    if not folder.is_dir():
        raise FilesError(_("{folder}: there is no such folder of submissions").format(folder=folder))
    found = [Submission(p.name, exercises_of(p)) for p in sorted(folder.iterdir(), key=lambda p: p.name)
             if p.is_dir() and not p.name.startswith((".", "__"))]
    if not found:
        raise FilesError(_("{folder} holds no submission folders (one folder per learner)").format(folder=folder))
    return found


def graders() -> str:
    """The graders a run grades with: the kit's fingerprint and any grading file that differs from it."""
    return f"{manifest.fingerprint()} {manifest.differences()}"


def digest(target: Path, ids: list[str], time_limit: float | None, graded_with: str) -> str:
    """What the verdicts depend on: every Python file of the submission, the graders (``graders()``),
    the exercises graded and the time limit."""
    h = hashlib.sha256(f"graders {graded_with} limit {time_limit} exercises {' '.join(ids)}\n".encode())
    for path in sorted(target.rglob("*.py")):
        relative = path.relative_to(target)
        if any(part.startswith(".") or part == "__pycache__" for part in relative.parts):
            continue
        h.update(f"{relative.as_posix()}\n".encode())
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def results_file(out: Path, name: str) -> Path:
    return out / RESULTS / f"{name}.json"


def _recorded_digest(path: Path) -> str:
    try:
        return str(reports.read_exercism(path.read_text(encoding="utf-8"))[1].get("digest", ""))
    except (OSError, ValueError):
        return ""


def unchanged(out: Path, submission: Submission) -> bool:
    return _recorded_digest(results_file(out, submission.name)) == submission.digest


def save(out: Path, submission: Submission, results: Results) -> None:
    """Write a submission's verdicts whole, or not at all."""
    mkdir_durable(out / RESULTS)
    write_atomic(results_file(out, submission.name),
                 reports.exercism(results, extra={"submission": submission.name, "digest": submission.digest}))


def grade(submissions: list[Submission], ids: list[str], out: Path, jobs: int | None, time_limit: float | None,
          on_graded: Callable[[Submission, Results], None] = lambda s, r: None,
          on_verdict: Callable[[], None] = lambda: None) -> list[Submission]:
    """Grade each submission, saving each one's results as soon as it is complete; returns those graded.

    ``on_verdict`` is called at every verdict, ``on_graded`` once a submission's results are saved.
    KeyboardInterrupt passes through once the workers are stopped: what was saved stays.
    """
    from .engine import Job, Run, Standby

    standby = Standby()
    run = Run([Job(s.target, ids) for s in submissions], workers=jobs, time_limit=time_limit, whole=True,
              standby=standby, warm_ahead=True)
    finished: list[Submission] = []

    def record(job: int, verdict) -> None:
        on_verdict()
        results = run.results[job]
        if len(results.verdicts) == len(ids):
            results.tampered = sorted(set(manifest.differences()))
            save(out, submissions[job], results)
            finished.append(submissions[job])
            on_graded(submissions[job], results)

    run.on_verdict = record
    try:
        run.execute()
    finally:
        standby.close()
    return finished


def merge(sources: Iterable[Path], out: Path) -> tuple[list[str], list[str]]:
    """Copy results files downloaded from the learners' CI into the gradebook's results folder.

    A learner's file is ``DIR/<learner>/results.json`` (one artifact folder each) or
    ``DIR/<learner>.json``. Returns (the names merged, one line per file refused and why).
    """
    merged, refused = [], []
    for source in sources:
        if not source.is_dir():
            raise FilesError(_("--from-results {folder}: there is no such folder").format(folder=source))
        for path in sorted(source.rglob("*.json")):
            name = path.parent.name if path.name == "results.json" and path.parent != source else path.stem
            try:
                reports.read_exercism(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, ValueError) as error:
                refused.append(f"{path}: {error}")
                continue
            mkdir_durable(out / RESULTS)
            copy_atomic(path, results_file(out, name))
            merged.append(name)
    return merged, refused
