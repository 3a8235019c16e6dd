"""Verdicts: one per exercise, as a worker reports it and every report shows it.

A verdict is plain data (``to_json`` / ``from_json``) so that it travels from the
worker process that graded it to the process that reports it, unchanged. A *done*
verdict may carry a tip (GRADERS.md §8): full points, status done, shown as
"done, with a tip". ``output`` is what the learner's code printed while it was graded (its
first OUTPUT_LIMIT characters, as Exercism's results.json allows), for the reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import catalogue

DONE, WRONG, NOT_STARTED, CRASHED, TIMED_OUT = "done", "wrong", "not started", "crashed", "timed out"
STATUSES = (DONE, WRONG, NOT_STARTED, CRASHED, TIMED_OUT)
# How bad an outcome is, when several graders of one exercise disagree: the worst wins.
_RANK = {DONE: 0, NOT_STARTED: 1, WRONG: 2, CRASHED: 3, TIMED_OUT: 3}
OUTPUT_LIMIT = 500  # characters of printed output a verdict keeps


@dataclass
class Verdict:
    exercise_id: str
    status: str = DONE
    message: str = ""
    tip: str = ""  # advice on a passing answer; kept only while the verdict is done
    output: str = ""  # what the learner's code printed, at most OUTPUT_LIMIT characters

    @property
    def exercise(self) -> catalogue.Exercise:
        return catalogue.load().get(self.exercise_id)

    @property
    def points(self) -> int:
        return self.exercise.points if self.status == DONE else 0

    @property
    def label(self) -> str:
        """The status as reports print it: "done, with a tip" for a done verdict with a tip."""
        return f"{DONE}, with a tip" if self.status == DONE and self.tip else self.status

    def fold(self, status: str, message: str = "", tip: str = "") -> None:
        """Add one grader's outcome: the exercise is as bad as its worst grader says.

        A passing grader's tip is kept (the first one) while every grader passes; a failure drops it.
        """
        if _RANK[status] > _RANK[self.status]:
            self.status, self.message = status, message
        if self.status != DONE:
            self.tip = ""
        elif tip and not self.tip:
            self.tip = tip

    def to_json(self) -> dict:
        return {"exercise": self.exercise_id, "status": self.status, "message": self.message, "tip": self.tip,
                "output": self.output}

    @classmethod
    def from_json(cls, data: dict) -> Verdict:
        if data.get("status") not in STATUSES:
            raise ValueError(f"not a verdict: {data!r}")
        tip = str(data.get("tip", "")) if data["status"] == DONE else ""
        return cls(data["exercise"], data["status"], str(data.get("message", "")), tip,
                   str(data.get("output", ""))[:OUTPUT_LIMIT])


@dataclass
class Results:
    """The verdicts of one grading run, in catalogue order, and what the run noticed.

    ``tampered`` lists the kit's grading files that differ from its manifest;
    ``interrupted`` names what was being graded when the run was stopped (Ctrl-C).
    """

    verdicts: dict[str, Verdict] = field(default_factory=dict)
    tampered: list[str] = field(default_factory=list)
    interrupted: list[str] = field(default_factory=list)

    def add(self, verdict: Verdict) -> None:
        self.verdicts[verdict.exercise_id] = verdict
        self.verdicts = dict(sorted(self.verdicts.items(), key=lambda item: catalogue.load().position(item[0])))

    def count(self, status: str) -> int:
        return sum(v.status == status for v in self.verdicts.values())

    @property
    def points(self) -> int:
        return sum(v.points for v in self.verdicts.values())

    @property
    def total(self) -> int:
        return sum(v.exercise.points for v in self.verdicts.values())

    @property
    def all_done(self) -> bool:
        return bool(self.verdicts) and all(v.status == DONE for v in self.verdicts.values())

    def next_up(self) -> Verdict | None:
        """The first exercise, in catalogue order, that is not done."""
        return next((v for v in self.verdicts.values() if v.status != DONE), None)

    def summary(self) -> str:
        tips = sum(v.status == DONE and bool(v.tip) for v in self.verdicts.values())
        counts = [f"{self.count(DONE)} done" + (f" ({tips} with a tip)" if tips else ""), f"{self.count(WRONG)} wrong"]
        counts += [f"{self.count(s)} {s}" for s in (CRASHED, TIMED_OUT) if self.count(s)]
        counts.append(f"{self.count(NOT_STARTED)} not started")
        return f"{', '.join(counts)}: {self.points}/{self.total} points"

    def warnings(self) -> list[str]:
        """Lines every report prints under its summary: tampering and interruption."""
        lines = []
        if self.tampered:
            lines.append(f"graders changed: {', '.join(self.tampered)} differ from the kit's manifest, "
                         "so these verdicts cannot be trusted (tfkata verify)")
        if self.interrupted:
            lines.append(f"interrupted while grading {', '.join(self.interrupted)}: no verdict for it")
        return lines
