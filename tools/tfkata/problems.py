"""What a grader reports instead of a traceback: each is a short lesson."""

from __future__ import annotations

import sys
import traceback
from pathlib import Path

from . import known_errors
from .describe import tell_apart
from .i18n import _
from .paths import shown

if sys.version_info < (3, 11):  # pragma: no cover
    from exceptiongroup import BaseExceptionGroup


class Problem(AssertionError):
    """A grading failure whose message is the whole report (at most three lines)."""


class Mistake(Problem):
    """The learner's answer is wrong: found / expected / why.

    Found and expected are shown whole (Keras objects as a learner writes them), and never
    alike: where they would print the same, each says what differs (describe.tell_apart).
    """

    def __init__(self, what: str, found: object, expected: object, why: str):
        self.what, self.found, self.expected, self.why = what, found, expected, why
        found_text, expected_text = tell_apart(found, expected)
        super().__init__(_("{what}: found {found}, expected {expected}").format(
            what=what, found=found_text, expected=expected_text) + f"\n{why}")


# ---------------------------------------------------------------- tips on a passing answer

_TIPS: list[str] = []


def tip(text: str) -> None:
    """Advise on an answer that passes (GRADERS.md §8): the kit prefers another spelling.

    Grading goes on; if the exercise passes, its verdict is *done, with a tip* (full points)
    and shows ``text`` (one or two lines). The worker's plugin (tfkata.inner) collects it.
    """
    text = text.strip()
    if text and text not in _TIPS:
        _TIPS.append(text)


def take_tips() -> list[str]:
    """The tips given since the last call, in order, once each."""
    tips = list(_TIPS)
    _TIPS.clear()
    return tips


class NotStarted(Problem):
    """The stub still raises NotImplementedError (or its module is missing)."""


class BrokenModule(Problem):
    """The learner's module does not import."""


class TimeLimit(BaseException):
    """Raised inside the running code when a grader test outlives its time limit.

    A BaseException, so that neither the learner's ``except Exception`` nor Hypothesis
    (which would replay the example, and hang again) takes it for an ordinary failure.
    """


def is_timeout(error: BaseException) -> bool:
    return isinstance(error, TimeLimit)


def time_limit_lesson(what: str, limit: float, where: str = "") -> str:
    """The lesson of a timed-out exercise: ``what`` was running (``f()``, or importing a module)."""
    return (_("{what} was still running after {limit} s, the time limit, and was stopped{where}").format(
        what=what, limit=f"{limit:g}", where=where) + "\n"
            + _("look for an endless loop, or a fit far longer than the grader's tiny data needs"))


def is_not_started(error: BaseException) -> bool:
    """Every failure in ``error`` (one, or a group from Hypothesis) is a not-started stub."""
    if isinstance(error, BaseExceptionGroup):
        return all(is_not_started(e) for e in error.exceptions)
    return isinstance(error, NotStarted)


def first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [""])[0]


def learner_frame(error: BaseException, within: Path) -> tuple[Path, int] | None:
    """The last (file, line) of the traceback that lies in ``within`` (a learner's file or folder)."""
    frames = [(Path(f.filename), f.lineno) for f in traceback.extract_tb(error.__traceback__)
              if Path(f.filename).is_relative_to(within)]
    return frames[-1] if frames else None


class LearnerRaised(Problem):
    """The learner's code raised an exception of its own: what, the lesson if known, where."""

    def __init__(self, who: str, error: BaseException, frame: tuple[Path, int] | None):
        named = known_errors.mistake_for(error)
        if named:  # a mistake with a name: the mistake is the headline, the error only its evidence
            lines = [_("{mistake} ({error} in {who})").format(mistake=named[0], error=type(error).__name__, who=who)[:300],
                     named[1]]
        else:
            lines = [_("{who} raised {error}: {message}").format(who=who, error=type(error).__name__,
                                                                 message=first_line(error))[:300]]
            lesson = known_errors.lesson_for(error)
            if lesson:
                lines.append(lesson)
        if frame:
            lines.append(_("at {place}").format(place=f"{shown(frame[0])}:{frame[1]}"))
        super().__init__("\n".join(lines))


def short_report(error: BaseException, learner_folder: Path) -> str:
    """One to three lines for any exception raised while grading.

    An error that comes from the learner's own code (a method of a callback or layer
    the grader calls) is reported as theirs, with their file and line.
    """
    if isinstance(error, BaseExceptionGroup):
        return short_report(error.exceptions[0], learner_folder)
    if isinstance(error, Problem):
        return str(error)
    frame = learner_frame(error, learner_folder)
    if frame:
        return str(LearnerRaised(_("your code"), error, frame))
    named = known_errors.mistake_for(error)
    if named:
        return (_("{mistake} ({error} while grading)").format(mistake=named[0], error=type(error).__name__)[:300]
                + f"\n{named[1]}")
    lines = [_("while grading, {error}: {message}").format(error=type(error).__name__, message=first_line(error))[:300]]
    lesson = known_errors.lesson_for(error)
    lines.append(lesson or _("run pytest with --tb=long to see where it came from"))
    return "\n".join(lines)
