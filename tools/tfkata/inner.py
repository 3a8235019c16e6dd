"""The graders' side of grading: a pytest plugin that runs only inside a worker process.

It hands each grader the learner's function (the ``learner`` fixture), keeps graders
seeded and offline, puts each test under its exercise's time limit (pytest-timeout's marker,
with its timer hooks raising tfkata's TimeLimit),
folds the outcomes of an exercise's tests into one verdict, and sends events to the
engine: ``start`` (a test begins), ``importing``/``imported`` (a learner module runs),
``verdict`` (an exercise is graded, whole, with the tip a passing grader gave and what the
learner's code printed meanwhile), ``error`` (a grader file did not collect, the session broke).
"""

from __future__ import annotations

import signal
import sys
from pathlib import Path
from typing import Callable

import keras
import pytest
from hypothesis import HealthCheck, settings

from . import catalogue
from .globalstate import Snapshot
from .i18n import _
from .remote import Ended, Remote
from .problems import (Mistake, TimeLimit, is_not_started, is_timeout, learner_frame, short_report, take_tips,
                       time_limit_lesson)
from .paths import shown
from .results import CRASHED, DONE, NOT_STARTED, OUTPUT_LIMIT, TIMED_OUT, WRONG, Verdict
from .target import Target

if sys.version_info < (3, 11):  # pragma: no cover
    from exceptiongroup import BaseExceptionGroup

# Graders must never flake: fixed examples, no example database, no deadlines.
settings.register_profile(
    "tfkata", max_examples=8, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.nested_given],
)
settings.load_profile("tfkata")


class Kept:
    """A stream that writes through to ``stream`` (the engine's pipe, as before) and keeps the first
    OUTPUT_LIMIT characters written, for the verdict: memory stays bounded whatever is printed."""

    def __init__(self, stream, kept: list[str]):
        self._stream, self._kept = stream, kept

    def write(self, text: str) -> int:
        room = OUTPUT_LIMIT + 1 - sum(map(len, self._kept))  # one more: how output() knows it was cut
        if room > 0 and isinstance(text, str):
            self._kept.append(text[:room])
        return self._stream.write(text)

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def printed(kept: list[str]) -> str:
    text = "".join(kept)
    if len(text) <= OUTPUT_LIMIT:
        return text
    note = f"\n[output cut at {OUTPUT_LIMIT} characters]"
    return text[:OUTPUT_LIMIT - len(note)] + note


def refuse_download(fname=None, origin=None, *args, **kwargs):
    """keras' get_file while grading (here, and in a learner process): graders never download."""
    raise Mistake("download", f"a request for {fname or origin}", "weights=weights passed through",
                  "graders run offline and pass weights=None: use the weights argument, never a fixed 'imagenet'")


def _ended(error: BaseException) -> bool:
    """The learner process ended during ``error``'s test (Hypothesis may group it with what followed)."""
    if isinstance(error, BaseExceptionGroup):
        return any(map(_ended, error.exceptions))
    return isinstance(error, Ended)


def exercise_of(item: pytest.Item) -> catalogue.Exercise | None:
    marker = item.get_closest_marker("exercise")
    return catalogue.load().get(marker.args[0]) if marker else None


class Grading:
    """One batch: ``request`` holds the target folder, the exercise ids and their time limits."""

    __name__ = "tfkata-grading"  # the name pytest registers it under: how the plugin knows it is in a worker
    # The process as its first grading found it, put back before each new exercise: of this batch, and of the
    # batches the worker grades after it (each a pytest session of its own). Kept in a list, changed in place:
    # the snapshot covers this class too, and would otherwise put back its own absence.
    found: list[Snapshot] = []

    def __init__(self, request: dict, send: Callable[[dict], None], learner=None):
        self.folder = Path(request["target"])
        self.ids = list(request["ids"])
        self.limits = request["time_limits"]
        self.send = send
        # Judged apart, the learner's module is never imported here: its functions run in the learner process.
        self.target = (Remote(learner, request.get("learner_pid", 0), self.folder, self._on_import, self._waited)
                       if request.get("apart")
                       else Target(self.folder, on_import=self._on_import))
        self.importing: str | None = None
        self.exercise_of: dict[str, str] = {}  # nodeid -> exercise id
        self.left: dict[str, int] = {}  # exercise id -> tests not yet finished
        self.verdicts: dict[str, Verdict] = {}
        self.printed: dict[str, list[str]] = {}  # exercise id -> what its tests' code printed
        self.streams = (sys.stdout, sys.stderr)
        self.retire = False
        self.graded: str | None = None  # the exercise of the last test that started

    def _on_import(self, phase: str, module: str) -> None:
        self.importing = module if phase == "importing" else None
        self.send({"event": phase, "module": module})

    def _waited(self, seconds: float) -> None:
        """The learner process was still warming up when its first call came: the time limit, here and in the
        engine, grows by that wait."""
        left = signal.getitimer(signal.ITIMER_REAL)[0] if hasattr(signal, "SIGALRM") else 0.0
        if left > 0:
            signal.setitimer(signal.ITIMER_REAL, left + seconds)
            self.send({"event": "start", "exercise": self.graded, "limit": left + seconds})

    # ---------------------------------------------------------- which tests, in what order

    @pytest.hookimpl(trylast=True)
    def pytest_collection_modifyitems(self, config: pytest.Config, items: list[pytest.Item]) -> None:
        keep = [item for item in items if (e := exercise_of(item)) and e.id in self.ids]
        keep.sort(key=lambda item: catalogue.load().position(exercise_of(item).id))  # stable within an exercise
        config.hook.pytest_deselected(items=[item for item in items if item not in keep])
        items[:] = keep
        for item in keep:
            exercise_id = exercise_of(item).id
            self.exercise_of[item.nodeid] = exercise_id
            self.left[exercise_id] = self.left.get(exercise_id, 0) + 1
            item.add_marker(pytest.mark.timeout(self.limits[exercise_id]))

    @pytest.hookimpl(tryfirst=True)
    def pytest_timeout_set_timer(self, item: pytest.Item, settings) -> bool:
        """Raise TimeLimit in the running code once the limit is past (where there is SIGALRM;
        elsewhere, and when the learner's code swallows it, the engine's deadline kills the worker)."""
        if hasattr(signal, "SIGALRM"):
            def stop(signum, frame):
                raise TimeLimit(f"{settings.timeout:g} s")

            signal.signal(signal.SIGALRM, stop)
            signal.setitimer(signal.ITIMER_REAL, settings.timeout)
        return True

    @pytest.hookimpl(tryfirst=True)
    def pytest_timeout_cancel_timer(self, item: pytest.Item) -> bool:
        if hasattr(signal, "SIGALRM"):
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, signal.SIG_DFL)
        return True

    def pytest_configure(self, config: pytest.Config) -> None:
        self.basetemp = config.option.basetemp or "pytest-tmp"

    def pytest_internalerror(self, excrepr, excinfo) -> None:
        """An error outside a test's phases ends the session. A time limit that struck there (in the kit's own
        reporting, once a test has outlived it) is the running exercise's; anything else is said. Either way
        a fresh worker takes the exercises not yet graded."""
        self.retire = True
        if is_timeout(excinfo.value) and self.graded:
            status, message = self._judge(excinfo.value, self.graded)
            self.send({"event": "verdict", "verdict": Verdict(self.graded, status, message).to_json()})
        else:
            self.send({"event": "error", "message": str(excrepr).strip().splitlines()[-1][:600]})

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed:
            text = report.longreprtext.strip().splitlines()
            self.send({"event": "error", "message": f"{report.nodeid}: {text[-1] if text else 'does not collect'}"})

    # ---------------------------------------------------------- the learner's function

    @pytest.fixture
    def learner(self, request: pytest.FixtureRequest):
        """The learner's function for this test's exercise, from the target folder."""
        exercise = exercise_of(request.node)
        if exercise is None:
            raise pytest.UsageError(f"{request.node.nodeid} uses `learner` without an exercise marker")
        return self.target.function(exercise)

    @pytest.fixture(autouse=True)
    def _seeded(self):
        keras.utils.set_random_seed(0)

    @pytest.fixture(autouse=True)
    def _offline(self, monkeypatch):
        """Graders never download: a learner's code that tries to is told why."""
        from keras.src.utils import file_utils

        monkeypatch.setattr(file_utils, "get_file", refuse_download)

    # ---------------------------------------------------------- outcomes to verdicts

    @pytest.hookimpl(tryfirst=True)
    def pytest_runtest_protocol(self, item: pytest.Item, nextitem):
        """Once an exercise has failed, its other graders need not run: the first lesson is the one shown."""
        verdict = self.verdicts.get(self.exercise_of[item.nodeid])
        if verdict is not None and verdict.status != DONE:
            # What the last test that ran kept set up for this one (its module's fixtures) is torn down as
            # the next test needs: else a test of another module finds it still set up, and fails.
            item.session._setupstate.teardown_exact(nextitem)
            self.pytest_runtest_logfinish(item.nodeid)
            return True
        return None

    def pytest_runtest_logstart(self, nodeid: str) -> None:
        exercise_id = self.exercise_of[nodeid]
        # A new exercise: nothing the last one's code changed reaches it. (Judged apart, its code ran in the
        # learner process, which puts back its own state: here only the graders ran.)
        if exercise_id != self.graded and not isinstance(self.target, Remote):
            if Grading.found:
                Grading.found[0].restore()
            else:
                Grading.found.append(Snapshot((Path.cwd(), Path(self.basetemp))))
        self.graded = exercise_id
        kept = self.printed.setdefault(exercise_id, [])
        sys.stdout, sys.stderr = (Kept(stream, kept) for stream in self.streams)
        self.send({"event": "start", "exercise": exercise_id, "limit": self.limits[exercise_id]})

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item: pytest.Item, call: pytest.CallInfo):
        report = yield
        exercise_id = self.exercise_of[item.nodeid]
        verdict = self.verdicts.setdefault(exercise_id, Verdict(exercise_id))
        tips = take_tips()  # given during this phase (checks.tip): they count only if it passes
        if report.passed and call.when == "call" and tips:
            verdict.fold(DONE, tip=tips[0])
        if report.failed and call.excinfo is not None:
            status, message = self._judge(call.excinfo.value, exercise_id)
            verdict.fold(status, message)
            report.longrepr = message
            if status == TIMED_OUT or self.retire:  # the process may be damaged: hand the rest to a fresh worker
                self.retire = True
                item.session.shouldstop = "a test timed out, or its learner process ended"
        elif report.skipped and call.excinfo is not None:  # pytest.skip() from the learner's code
            verdict.fold(WRONG, short_report(call.excinfo.value, self.folder))
        return report

    def _judge(self, error: BaseException, exercise_id: str) -> tuple[str, str]:
        if is_timeout(error):
            frame = learner_frame(error, self.folder) or getattr(error, "where", None)
            where = " " + _("at {place}").format(place=f"{shown(frame[0])}:{frame[1]}") if frame else ""
            what = (_("importing {module}.py").format(module=self.importing) if self.importing
                    else f"{catalogue.load().get(exercise_id).function}()")
            return TIMED_OUT, time_limit_lesson(what, self.limits[exercise_id], where)
        if _ended(error):  # its learner process is gone: a fresh pair takes the rest
            self.retire = True
            return CRASHED, str(error)
        return (NOT_STARTED if is_not_started(error) else WRONG), short_report(error, self.folder)

    def pytest_runtest_logfinish(self, nodeid: str) -> None:
        sys.stdout, sys.stderr = self.streams
        exercise_id = self.exercise_of[nodeid]
        self.left[exercise_id] -= 1
        verdict = self.verdicts.get(exercise_id)
        if verdict and (self.left[exercise_id] == 0 or verdict.status == TIMED_OUT):
            verdict.output = printed(self.printed.pop(exercise_id, []))
            self.send({"event": "verdict", "verdict": self.verdicts.pop(exercise_id).to_json()})
            self.left[exercise_id] = 0

