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
from .i18n import N_, _

# Data everywhere (reports, JSON), translated only where shown: _(verdict.label).
DONE, WRONG, NOT_STARTED, CRASHED, TIMED_OUT = N_("done"), N_("wrong"), N_("not started"), N_("crashed"), N_("timed out")
DONE_WITH_TIP = N_("done, with a tip")
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
        return DONE_WITH_TIP if self.status == DONE and self.tip else self.status

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
        """``57 done, 0 wrong, 0 not started: 500/500 points``, in the learner's language."""
        tips = sum(v.status == DONE and bool(v.tip) for v in self.verdicts.values())
        counts = [_("{count} done").format(count=self.count(DONE))
                  + (" " + _("({count} with a tip)").format(count=tips) if tips else ""),
                  _("{count} wrong").format(count=self.count(WRONG))]
        counts += [_("{count} crashed").format(count=self.count(CRASHED))] if self.count(CRASHED) else []
        counts += [_("{count} timed out").format(count=self.count(TIMED_OUT))] if self.count(TIMED_OUT) else []
        counts.append(_("{count} not started").format(count=self.count(NOT_STARTED)))
        return _("{counts}: {points}/{total} points").format(counts=_(", ").join(counts), points=self.points,
                                                              total=self.total)

    def warnings(self) -> list[str]:
        """Lines every report prints under its summary: tampering and interruption."""
        lines = []
        if self.tampered:
            lines.append(_("graders changed: {files} differ from the kit's manifest, so these verdicts cannot be "
                           "trusted (tfkata verify)").format(files=", ".join(self.tampered)))
        if self.interrupted:
            lines.append(_("interrupted while grading {running}: no verdict for it").format(
                running=", ".join(self.interrupted)))
        return lines
