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
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from . import catalogue, manifest, reports
from .durable import FilesError, copy_atomic, mkdir_durable, sha, write_atomic
from .i18n import _
from .results import Results

RESULTS = "results"  # the folder of the gradebook that holds one results file per submission
GRADED = ".graded.json"  # the gradebook's record of what each results file was graded from (tfkata grade's own)
WORKER_MEMORY = 1.5 * 1024**3  # what one grading worker may need, to size the default --jobs


@dataclass
class Submission:
    name: str  # the folder's name: the gradebook's row
    target: Path  # the folder of exercise modules in it
    digest: str = ""

    @property
    def empty(self) -> bool:
        """Whether it holds none of the exercise modules (every exercise is then not started)."""
        return not catalogue.load().holds_modules(self.target)


def default_jobs() -> int:
    """The cores, but no more workers than the memory holds."""
    from .engine import cores

    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):  # pragma: no cover - no sysconf
        return cores()
    return max(1, min(cores(), int(memory // WORKER_MEMORY)))


def exercises_of(folder: Path) -> Path:
    """Where a submission's modules are: ``exercises/`` of a copy of the kit, the folder itself,
    or either inside the one folder an archive unpacked to."""
    for candidate in (folder / "exercises", folder):
        if catalogue.load().holds_modules(candidate):
            return candidate
    inner = [p for p in folder.iterdir() if p.is_dir() and not p.name.startswith((".", "__"))]
    if len(inner) == 1 and not catalogue.load().holds_modules(folder):
        found = exercises_of(inner[0])
        if catalogue.load().holds_modules(found):
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


ARCHIVES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".7z", ".rar")


def passed_over(folder: Path) -> list[str]:
    """A line for each file in ``folder`` that ``find`` does not grade: only folders are submissions."""
    lines = []
    for path in sorted(folder.iterdir(), key=lambda p: p.name):
        if path.name.startswith(".") or path.is_dir():
            continue
        if path.name.lower().endswith(ARCHIVES):
            lines.append(_("{name}: an archive, not graded; unpack it into a folder of its own").format(name=path.name))
        else:
            lines.append(_("{name}: a file, not a submission folder; not graded").format(name=path.name))
    return lines


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


def graded_record(out: Path) -> dict:
    """What the last runs graded, as only this process writes it: name -> the digest graded and the
    sha256 of the results file written for it (a results file edited since is graded again)."""
    try:
        record = json.loads((out / GRADED).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def unchanged(out: Path, submission: Submission) -> bool:
    entry = graded_record(out).get(submission.name)
    path = results_file(out, submission.name)
    return (isinstance(entry, dict) and entry.get("digest") == submission.digest and path.is_file()
            and entry.get("results") == sha(path))


def save(out: Path, submission: Submission, results: Results) -> None:
    """Write a submission's verdicts whole, or not at all, and record what was graded."""
    mkdir_durable(out / RESULTS)
    path = results_file(out, submission.name)
    extra = {"submission": submission.name, "digest": submission.digest}
    if submission.empty:
        extra["empty"] = True  # the gradebook notes it
    write_atomic(path, reports.exercism(results, extra=extra))
    record = graded_record(out)
    record[submission.name] = {"digest": submission.digest, "results": sha(path)}
    write_atomic(out / GRADED, json.dumps(record, indent=1, sort_keys=True) + "\n")


def grade(submissions: list[Submission], ids: list[str], out: Path, jobs: int | None, time_limit: float | None,
          sandboxed: bool = True, on_graded: Callable[[Submission, Results], None] = lambda s, r: None,
          on_verdict: Callable[[], None] = lambda: None) -> list[Submission]:
    """Grade each submission in a guest of its own (tfkata.guest; in its sandbox where ``sandboxed``), saving
    each one's results as soon as it is complete; returns those graded.

    ``on_verdict`` is called at every verdict, ``on_graded`` once a submission's results are saved.
    KeyboardInterrupt passes through once the guests are stopped: what was saved stays.
    """
    from .guest import grade_class

    finished: list[Submission] = []

    def done(index: int, results: Results) -> None:
        results.tampered = sorted(set(manifest.differences()))
        save(out, submissions[index], results)
        finished.append(submissions[index])
        on_graded(submissions[index], results)

    grade_class([s.target for s in submissions], ids, jobs or default_jobs(), time_limit, sandboxed,
                on_verdict=lambda index, verdict: on_verdict(), on_done=done)
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
