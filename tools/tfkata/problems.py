"""What a grader reports instead of a traceback: each is a short lesson."""

from __future__ import annotations

from pathlib import Path

from . import known_errors


class Problem(AssertionError):
    """A grading failure whose message is the whole report (at most three lines)."""


class Mistake(Problem):
    """The learner's answer is wrong: found / expected / why."""

    def __init__(self, what: str, found: object, expected: object, why: str):
        self.what, self.found, self.expected, self.why = what, found, expected, why
        super().__init__(f"{what}: found {found}, expected {expected}\n{why}")


class NotStarted(Problem):
    """The stub still raises NotImplementedError (or its module is missing)."""


class BrokenModule(Problem):
    """The learner's module does not import."""


class LearnerRaised(Problem):
    """The learner's code raised an exception of its own."""

    def __init__(self, call: str, error: BaseException, where: Path | None):
        first = str(error).strip().splitlines()[0] if str(error).strip() else ""
        lines = [f"{call} raised {type(error).__name__}: {first}"[:300]]
        lesson = known_errors.lesson_for(error)
        if lesson:
            lines.append(lesson)
        if where:
            lines.append(f"at {where}")
        super().__init__("\n".join(lines))


def short_report(error: BaseException) -> str:
    """One to three lines for any exception raised while grading."""
    if isinstance(error, BaseExceptionGroup):
        return short_report(error.exceptions[0])
    if isinstance(error, Problem):
        return str(error)
    first = str(error).strip().splitlines()[0] if str(error).strip() else ""
    lines = [f"while grading, {type(error).__name__}: {first}"[:300]]
    lesson = known_errors.lesson_for(error)
    lines.append(lesson or "run pytest with --tb=long to see where it came from")
    return "\n".join(lines)
