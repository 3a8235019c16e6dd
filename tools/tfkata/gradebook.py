"""A class's gradebook, made from its folder of results files (tfkata.submissions).

- ``gradebook.csv``: a row per submission, a column per exercise with its points, the total, and
  notes (graders changed, graded with another kit's graders, exercises with no verdict);
- ``report.md``: for the teacher, per exercise the share done, wrong, not started and crashed
  (timed out counts as crashed), and the most common lessons with their counts, the exercises
  the class has least got first; ``report.png``: the shares as a chart.

Each file is written whole or not at all, from every results file in the folder, so a gradebook
always matches its results, whichever run or merge wrote them.
"""

from __future__ import annotations

import csv
import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import catalogue, manifest, reports
from .durable import mkdir_durable, write_atomic
from .i18n import _
from .results import CRASHED, DONE, NOT_STARTED, TIMED_OUT, WRONG, Results

CSV, MARKDOWN, CHART = "gradebook.csv", "report.md", "report.png"
SHARES = (DONE, WRONG, NOT_STARTED, CRASHED)  # the report's columns; timed out is counted as crashed
TOP_LESSONS = 3
LOWEST = 10  # exercises shown in "what the class has not got"


@dataclass
class Entry:
    """One submission's row: its verdicts and what its results file says of how they were graded."""

    name: str
    results: Results
    kit: str = ""
    graders: str = ""
    notes: list[str] = field(default_factory=list)


def _notes(results: Results, own: dict, graded_here: bool) -> list[str]:
    notes = [] if graded_here else [_("graded elsewhere (--from-results): its verdicts are as the learner's CI "
                                      "wrote them")]
    if own.get("empty") is True:
        notes.append(_("none of the exercise modules in the submission"))
    if results.tampered:
        notes.append(_("graders changed ({files}): not to be trusted").format(files=", ".join(results.tampered)))
    if own.get("graders") != manifest.fingerprint():
        notes.append(_("graded with other graders (kit {kit}, graders {graders})").format(
            kit=own.get("kit", "?"), graders=own.get("graders") or "?"))
    return notes


def load(out: Path) -> tuple[list[Entry], list[str]]:
    """Every submission in the gradebook folder ``out``, by name, and a line for each unreadable file."""
    from .durable import sha
    from .submissions import RESULTS, graded_record

    entries, unreadable, record = [], [], graded_record(out)
    for path in sorted((out / RESULTS).glob("*.json")):
        try:
            results, own = reports.read_exercism(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as error:
            unreadable.append(f"{path}: {error}")
            continue
        entries.append(Entry(path.stem, results, str(own.get("kit", "")), str(own.get("graders", "")),
                             _notes(results, own, record.get(path.stem, {}).get("results") == sha(path))))
    return entries, unreadable


def columns(entries: list[Entry]) -> list[str]:
    """The exercises any submission was graded on, in catalogue order: the gradebook's columns."""
    graded = {i for e in entries for i in e.results.verdicts}
    return [i for i in catalogue.load().exercises if i in graded]


def _cell(text: str) -> str:
    """A spreadsheet cell that cannot be read as a formula (a folder named "=HYPERLINK(...)")."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def gradebook_csv(entries: list[Entry]) -> str:
    """A row per submission: its points on each exercise (empty where it has no verdict), the total, notes."""
    ids = columns(entries)
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # RFC 4180: CRLF ends a row, so a CR or LF in a name is quoted
    writer.writerow(["submission", *ids, "total", "notes"])
    for entry in entries:
        verdicts = entry.results.verdicts
        missing = sum(i not in verdicts for i in ids)
        notes = entry.notes + ([_("{count} exercise(s) not graded").format(count=missing)] if missing else [])
        writer.writerow([_cell(entry.name), *(verdicts[i].points if i in verdicts else "" for i in ids),
                         entry.results.points, _cell("; ".join(notes))])
    return buffer.getvalue()


def shares(entries: list[Entry]) -> dict[str, dict[str, float]]:
    """Per exercise, the share of the submissions graded on it that are done, wrong, not started, crashed."""
    table = {}
    for exercise_id in columns(entries):
        statuses = Counter(CRASHED if e.results.verdicts[exercise_id].status == TIMED_OUT
                           else e.results.verdicts[exercise_id].status
                           for e in entries if exercise_id in e.results.verdicts)
        graded = sum(statuses.values())
        table[exercise_id] = {s: statuses[s] / graded if graded else 0.0 for s in SHARES}
    return table


_PATH = re.compile(r"(?:[A-Za-z]:)?[\w.~-]*(?:[/\\][\w.~-]+)*[/\\](\w+\.py)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?(?:e-?\d+)?")


def lesson_key(message: str) -> str:
    """What makes two lessons the same one: the message with paths cut to the file's name and
    every number alike, so that "found 0.51" and "found 0.47" count together."""
    return _NUMBER.sub("#", _PATH.sub(r"\1", message)).strip()


def common_lessons(entries: list[Entry], exercise_id: str, top: int = TOP_LESSONS) -> list[tuple[int, str]]:
    """The most common lessons of the wrong, crashed and timed-out answers: (count, one example)."""
    groups: dict[str, list[str]] = {}
    for entry in entries:
        verdict = entry.results.verdicts.get(exercise_id)
        if verdict and verdict.status not in (DONE, NOT_STARTED):
            groups.setdefault(lesson_key(verdict.message or verdict.status), []).append(verdict.message or verdict.status)
    ranked = sorted(groups.values(), key=lambda examples: -len(examples))
    return [(len(examples), _PATH.sub(r"\1", Counter(examples).most_common(1)[0][0])) for examples in ranked[:top]]


def _percent(share: float) -> str:
    return f"{100 * share:.0f}%"


def _lessons_cell(lessons: list[tuple[int, str]]) -> str:
    return "<br>".join(f"{count}× {reports.escape_markdown(' / '.join(text.splitlines()))}" for count, text in lessons)


def teacher_report(entries: list[Entry], chart: str | None = CHART) -> str:
    """The teacher's Markdown: the class's points, the exercises least got, then every exercise."""
    book = catalogue.load()
    table, ids = shares(entries), columns(entries)
    lines = ["# " + _("tfkata: class report"), ""]
    if not entries:
        return "\n".join(lines + [_("No submission has been graded yet."), ""])
    points = [e.results.points for e in entries]
    complete = sum(all(i in e.results.verdicts and e.results.verdicts[i].status == DONE for i in ids) for e in entries)
    most = sum(book.get(i).points for i in ids)
    lines += [_("{count} submission(s) on {exercises} exercise(s), graded with kit {kit} (graders {graders}). "
                "Points out of {most}: mean {mean}, median {median}, lowest {lowest}, highest {highest}; "
                "{complete} with every exercise done.").format(
        count=len(entries), exercises=len(ids), kit=manifest.version(), graders=manifest.fingerprint(), most=most,
        mean=f"{statistics.mean(points):.0f}", median=f"{statistics.median(points):.0f}", lowest=min(points),
        highest=max(points), complete=complete), ""]
    if chart:
        alt = _("Per exercise, the share of the class done, wrong, not started, crashed")
        lines += [f"![{alt}]({chart})", ""]
    flagged = [e for e in entries if e.notes]
    if flagged:
        lines += ["## " + _("Submissions to look at"), ""]
        lines += [f"- {reports.escape_markdown(e.name)}: {reports.escape_markdown('; '.join(e.notes))}" for e in flagged]
        lines.append("")
    header = ["| " + " | ".join([_("exercise"), *map(_, SHARES), _("most common lessons")]) + " |",
              "|---|---|---|---|---|---|"]

    def row(exercise_id: str) -> str:
        share = table[exercise_id]
        return (f"| `{exercise_id}` | " + " | ".join(_percent(share[s]) for s in SHARES)
                + f" | {_lessons_cell(common_lessons(entries, exercise_id))} |")

    lowest = sorted((i for i in ids if table[i][DONE] < 1), key=lambda i: (table[i][DONE], book.position(i)))
    lines += ["## " + _("What the class has not got"), ""]
    if lowest:
        lines += [_("The exercises with the smallest share done, lowest first:"), "", *header,
                  *(row(i) for i in lowest[:LOWEST]), ""]
    else:
        lines += [_("Every submission has every exercise done."), ""]
    lines += ["## " + _("Every exercise"), ""]
    for section in book.sections.values():
        graded = [e.id for e in book.in_section(section.id) if e.id in table]
        if graded:
            lines += [f"### {reports.escape_markdown(section.title)}", "", *header, *(row(i) for i in graded), ""]
    return "\n".join(lines)


def write(out: Path, entries: list[Entry]) -> list[Path]:
    """Write the gradebook, the teacher's report and its chart into ``out``; returns their paths."""
    from .plots import class_shares

    mkdir_durable(out)
    write_atomic(out / CSV, gradebook_csv(entries).encode("utf-8"))  # bytes: no newline translation
    write_atomic(out / MARKDOWN, teacher_report(entries))
    png = io.BytesIO()
    class_shares(shares(entries)).savefig(png, format="png", dpi=100)
    write_atomic(out / CHART, png.getvalue())
    return [out / CSV, out / MARKDOWN, out / CHART]
