"""The words of the kit's reports, shared by the `tfkata` command and the notebook API.

Each function returns lines of plain text; the command prints them, a notebook shows the
same lines styled (tfkata.notebook). Where a line names what to run next, the caller
says how that is spelt where the learner is: ``tfkata hint ID --level 2`` in a terminal,
``hint("ID", 2)`` in a notebook.
"""

from __future__ import annotations

from typing import Callable

from . import catalogue
from .i18n import _
from .paths import SOLUTIONS, shown
from .results import DONE, Results, Verdict
from .sources import function_span

MARKS = {DONE: "[x]"}


def command_check(exercise_id: str) -> str:
    return f"tfkata check {exercise_id}"


def command_more_hints(exercise_id: str, level: int) -> str:
    return f"tfkata hint {exercise_id} --level {level}"


def indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())


def warning_lines(results: Results) -> list[str]:
    return [f"tfkata: {line}" for line in results.warnings()]


def verdict_lines(exercise: catalogue.Exercise, verdict: Verdict) -> list[str]:
    """One exercise's verdict, as `tfkata check` prints it: the label and points, the lesson, the tip."""
    lines = [f"{exercise.id}: " + points_label(verdict, exercise)]
    if verdict.message:
        lines += indent(verdict.message).splitlines()
    if verdict.tip:
        lines += indent(_("tip: {tip}").format(tip=verdict.tip)).splitlines()
    return lines


def points_label(verdict: Verdict, exercise: catalogue.Exercise) -> str:
    """``done (5/5 points)``: the verdict's label and its points, in the learner's language."""
    return _("{label} ({points}/{most} points)").format(label=_(verdict.label), points=verdict.points,
                                                         most=exercise.points)


def after_pass_lines(upcoming: catalogue.Exercise | None, solution: str, next_step: str) -> list[str]:
    """What follows a pass: the reference offered for comparison, and the next exercise."""
    lines = [_("compare with the kit's solution: {command}").format(command=solution)]
    lines.append(_("next: {id}: {skill} ({command})").format(id=upcoming.id, skill=upcoming.skill, command=next_step)
                 if upcoming else _("every exercise is done"))
    return lines


def following(exercise: catalogue.Exercise, skip=()) -> catalogue.Exercise | None:
    """The exercise after ``exercise`` in catalogue order (round to the start), not in ``skip``."""
    book = catalogue.load()
    order = list(book.exercises)
    at = order.index(exercise.id)
    return next((book.get(i) for i in order[at + 1:] + order[:at] if i not in skip), None)


def check_lines(exercise: catalogue.Exercise, results: Results) -> list[str]:
    """What `tfkata check` prints: the verdict, then the run's warnings."""
    return verdict_lines(exercise, results.verdicts[exercise.id]) + warning_lines(results)


def hint_lines(exercise: catalogue.Exercise, level: int,
               more: Callable[[str, int], str] = command_more_hints) -> list[str]:
    """What `tfkata hint` prints: the skill, its source, the kit's own rule, hints up to ``level``."""
    level = max(1, min(level, len(exercise.hints)))
    lines = [f"{exercise.id}: {exercise.skill}", "  " + _("source: {note}").format(note=exercise.note)]
    if exercise.kit_own:
        lines.append("  " + _("the kit's own: {rule}").format(rule=exercise.kit_own))
    lines += ["  " + _("hint {number}/{count}: {hint}").format(number=number, count=len(exercise.hints), hint=hint)
              for number, hint in enumerate(exercise.hints[:level], start=1)]
    if level < len(exercise.hints):
        lines.append("  " + _("more: {command}").format(command=more(exercise.id, level + 1)))
    return lines


def section_heading(section: catalogue.Section) -> str:
    return _("{title}: notes {notes}").format(title=section.title, notes=section.note)


def checklist_lines(exercise: catalogue.Exercise, verdict: Verdict,
                    check: Callable[[str], str] = command_check) -> list[str]:
    """One exercise in `tfkata progress`'s checklist: its mark, skill, points, the note's words, a tip."""
    status = "" if verdict.label == DONE else f"  ({_(verdict.label)})"
    own = "   " + _("(the kit's own: see tfkata hint)") if exercise.kit_own else ""
    lines = [f"  {MARKS.get(verdict.status, '[ ]')} {exercise.skill}  {verdict.points}/{exercise.points}{status}",
             f"      {exercise.note_wording}   {exercise.id}{own}"]
    if verdict.tip:
        lines.append("      " + _("tip: {tip}").format(tip=verdict.tip.splitlines()[0]) + f" ({check(exercise.id)})")
    return lines


def interrupted_lines(results: Results) -> list[str]:
    """What a report says when Ctrl-C stopped the grading."""
    if results.interrupted:
        said = _("interrupted (Ctrl-C) while grading {running}; no verdict for it").format(
            running=", ".join(results.interrupted))
    else:
        said = _("interrupted (Ctrl-C) between gradings") if results.verdicts else _(
            "interrupted (Ctrl-C) before grading began; no verdicts")
    lines = ["tfkata: " + said]
    if results.verdicts:
        lines.append(_("graded before that: {summary}").format(summary=results.summary()))
    return lines


def solution_source(exercise: catalogue.Exercise) -> str:
    """The reference function's source, read without importing it."""
    path = SOLUTIONS / f"{exercise.module}.py"
    source = path.read_text(encoding="utf-8")
    span = function_span(source, exercise.function)
    if span is None:
        raise LookupError(f"{shown(path)} has no function {exercise.function}")
    return "".join(source.splitlines(keepends=True)[span[0]:span[1]]).rstrip("\n")


def solution_lines(exercise: catalogue.Exercise) -> list[str]:
    """What `tfkata solution` prints: where the reference lives, then the function."""
    return ["# " + _("reference solution: {path}").format(path=f"solutions/{exercise.module}.py"), "",
            *solution_source(exercise).splitlines()]
