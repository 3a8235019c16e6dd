"""Per-exercise verdicts, gathered from the outcomes of its graders."""

from __future__ import annotations

from dataclasses import dataclass, field

from .catalogue import Exercise

DONE, WRONG, NOT_STARTED = "done", "wrong", "not started"


@dataclass
class Verdict:
    exercise: Exercise
    status: str = DONE
    message: str = ""

    @property
    def points(self) -> int:
        return self.exercise.points if self.status == DONE else 0


@dataclass
class Results:
    """Outcomes of one grading run, folded into one verdict per exercise.

    An exercise is done when every grader passes, not started when every failure is
    a not-started stub, and wrong otherwise (with the first lesson as its message).
    """

    verdicts: dict[str, Verdict] = field(default_factory=dict)

    def record(self, exercise: Exercise, outcome: str, message: str = "") -> None:
        verdict = self.verdicts.setdefault(exercise.id, Verdict(exercise))
        if outcome == WRONG and verdict.status != WRONG:
            verdict.status, verdict.message = WRONG, message
        elif outcome == NOT_STARTED and verdict.status == DONE:
            verdict.status, verdict.message = NOT_STARTED, message

    def count(self, status: str) -> int:
        return sum(v.status == status for v in self.verdicts.values())

    @property
    def points(self) -> int:
        return sum(v.points for v in self.verdicts.values())

    @property
    def total(self) -> int:
        return sum(v.exercise.points for v in self.verdicts.values())

    def summary(self) -> str:
        return (f"{self.count(DONE)} done, {self.count(WRONG)} wrong, "
                f"{self.count(NOT_STARTED)} not started: {self.points}/{self.total} points")
