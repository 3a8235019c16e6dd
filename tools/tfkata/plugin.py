"""The pytest plugin: plain ``pytest`` grades through the engine, one test item per exercise.

Registered through pytest's entry point, so ``--target``, ``--exercise``, ``--time-limit``,
``--tfkata-report`` and the ``exercise`` marker exist in any run. In the process you run pytest
in, grader files are not imported: each becomes one item per exercise of its section, and the
item's outcome is the verdict that the engine's workers send back. Inside a worker
(where tfkata.inner's plugin is active) the graders themselves run. At the end, the reports asked
for with ``--tfkata-report`` are written from the same verdicts (tfkata.reports). In a learner's
workspace (tfkata init), plain ``pytest`` with no paths grades its exercises/ with the installed graders.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from . import catalogue, paths, reports
from .durable import FilesError
from .engine import Job, Run
from .i18n import N_, _
from .paths import GRADERS, ROOT, TargetError, resolve_target, shown
from .results import CRASHED, DONE, NOT_STARTED, TIMED_OUT, WRONG, Results, Verdict

RESULTS = pytest.StashKey[Results]()
TARGET = pytest.StashKey[Path]()
BACKGROUND = pytest.StashKey["Background"]()
REPORTS = pytest.StashKey[list[tuple[str, str]]]()  # (kind, path) asked for with --tfkata-report
WRITTEN = pytest.StashKey[list[tuple[bool, str]]]()  # (written, what was said) for the summary
STATUS = {NOT_STARTED: ("n", N_("NOT STARTED"), "yellow"), CRASHED: ("C", N_("CRASHED"), "red"),
          TIMED_OUT: ("T", N_("TIMED OUT"), "red")}
TIPPED = ("passed", "t", (N_("PASSED, WITH A TIP"), {"green": True}))  # done with a tip: counted as passed


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("tfkata", _("tfkata grading"))
    group.addoption("--target", default=None, metavar="FOLDER",
                    help=_("the folder of exercise modules to grade (default: $TFKATA_TARGET, else the kit's "
                           "exercises/); relative to where you run pytest"))
    group.addoption("--exercise", action="append", default=[], metavar="ID",
                    help=_("grade only this exercise (repeatable), e.g. fundamentals.scale_pixels"))
    group.addoption("--time-limit", type=float, default=None, metavar="SECONDS",
                    help=_("seconds each grader test may take (default: the catalogue's, else 20)"))
    group.addoption("--jobs", type=int, default=None, metavar="N",
                    help=_("grading worker processes (default: the number of cores, at most 4)"))
    group.addoption("--tfkata-report", action="append", default=[], metavar="KIND=PATH",
                    help=_("also write the verdicts as a report at the end (repeatable): exercism (results.json "
                           "v3), classroom50 (result.json), junit (XML), markdown; PATH - is standard output, "
                           "and the file $GITHUB_STEP_SUMMARY names is appended to"))


def in_worker(config: pytest.Config) -> bool:
    return config.pluginmanager.has_plugin("tfkata-grading")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "exercise(id): the catalogue exercise this test grades")
    if in_worker(config):
        return
    if paths.WORKSPACE is not None and config.args_source == pytest.Config.ArgsSource.INVOCATION_DIR:
        config.args = [str(GRADERS)]  # plain `pytest` in a learner's workspace: the installed graders grade it
    elif paths.INSTALLED and not (config.getoption("target") or os.environ.get("TFKATA_TARGET")):
        return  # installed, outside a workspace and given no target: this pytest run is none of the kit's
    if config.getoption("target") and not paths.INSTALLED and paths.WORKSPACE is None and config.rootpath != ROOT:
        # pytest picks its root folder before the kit's options exist, so it takes the value
        # of `--target PATH` for a path to test: the kit's settings are then never read.
        pytest.exit("tfkata: " + _("pytest read `--target PATH` as tests to run and missed the kit's settings: "
                                   "write --target=PATH"), returncode=2)
    try:
        for exercise_id in config.getoption("exercise"):
            catalogue.load().get(exercise_id)
        config.stash[TARGET] = resolve_target(config.getoption("target"))
        config.stash[REPORTS] = [reports.parse_request(text) for text in config.getoption("tfkata_report")]
    except (TargetError, KeyError, ValueError) as error:
        pytest.exit(f"tfkata: {error.args[0]}", returncode=2)
    config.stash[RESULTS] = Results()


# ------------------------------------------------------------------ one item per exercise


class Graded(Exception):
    """An exercise whose verdict is not done."""

    def __init__(self, verdict: Verdict):
        super().__init__(verdict.message)
        self.verdict = verdict


class ExerciseItem(pytest.Item):
    def __init__(self, *, exercise: catalogue.Exercise, **kwargs):
        super().__init__(**kwargs)
        self.exercise = exercise
        self.verdict: Verdict | None = None

    def runtest(self) -> None:
        self.verdict = self.config.stash[BACKGROUND].wait_for(self.exercise.id)
        if self.verdict.status != DONE:
            raise Graded(self.verdict)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, Graded):
            return excinfo.value.verdict.message
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, None, self.exercise.id


class SectionFile(pytest.File):
    """A grader file, seen from the reporting process: its section's exercises, never imported."""

    def collect(self):
        wanted = set(self.config.getoption("exercise"))
        for exercise in catalogue.load().exercises.values():
            if exercise.section.grader_file == self.path and (not wanted or exercise.id in wanted):
                yield ExerciseItem.from_parent(self, name=exercise.id, exercise=exercise)


def pytest_pycollect_makemodule(module_path: Path, parent):
    if not in_worker(parent.config) and module_path.parent.resolve() == GRADERS.resolve():
        return SectionFile.from_parent(parent, path=module_path)
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Exercises first, in catalogue order; with --exercise, nothing else."""
    if in_worker(config):
        return
    exercises = sorted((i for i in items if isinstance(i, ExerciseItem)),
                       key=lambda i: catalogue.load().position(i.exercise.id))
    others = [] if config.getoption("exercise") else [i for i in items if not isinstance(i, ExerciseItem)]
    config.hook.pytest_deselected(items=[i for i in items if i not in exercises and i not in others])
    items[:] = exercises + others


# ------------------------------------------------------------------ the engine, in the background


class Background:
    """The engine grading this session's exercises while pytest reports them one by one."""

    def __init__(self, config: pytest.Config, ids: list[str]):
        self.results = config.stash[RESULTS]
        self.verdicts: dict[str, Verdict] = {}
        self.done = threading.Condition()
        self.finished = False
        self.error: BaseException | None = None
        self.run = Run([Job(config.stash[TARGET], ids)], workers=config.getoption("jobs"),
                       time_limit=config.getoption("time_limit"), on_verdict=self._got)
        self.thread = threading.Thread(target=self._execute, name="tfkata-engine", daemon=True)
        self.thread.start()

    def _got(self, job: int, verdict: Verdict) -> None:
        with self.done:
            self.verdicts[verdict.exercise_id] = verdict
            self.results.add(verdict)
            self.done.notify_all()

    def _execute(self) -> None:
        try:
            self.results.tampered = self.run.execute()[0].tampered
        except BaseException as error:  # noqa: BLE001 - reported by the items waiting for it
            self.error = error
        finally:
            with self.done:
                self.finished = True
                self.done.notify_all()

    def wait_for(self, exercise_id: str) -> Verdict:
        with self.done:
            while exercise_id not in self.verdicts:
                if self.finished:
                    raise RuntimeError(_("the grading engine stopped: {error}").format(error=repr(self.error)))
                self.done.wait(0.2)
            return self.verdicts[exercise_id]

    def stop(self) -> None:
        self.run.cancel()
        self.thread.join(timeout=30)
        self.results.interrupted = [i for r in self.run.results for i in r.interrupted]


@pytest.hookimpl(tryfirst=True)
def pytest_runtestloop(session: pytest.Session) -> None:
    config = session.config
    ids = [item.exercise.id for item in session.items if isinstance(item, ExerciseItem)]
    if ids and not in_worker(config) and not config.option.collectonly:
        config.stash[BACKGROUND] = Background(config, ids)


def pytest_sessionfinish(session: pytest.Session) -> None:
    background = session.config.stash.get(BACKGROUND, None)
    if background is not None:
        background.stop()
    _write_reports(session)


def _write_reports(session: pytest.Session) -> None:
    """The reports asked for with --tfkata-report, from the verdicts this session showed.

    A report that cannot be written makes the session fail (exit code 4, a usage error), so that
    CI does not go on without it.
    """
    config = session.config
    asked = config.stash.get(REPORTS, [])
    if not asked:
        return
    results = config.stash[RESULTS]
    if config.stash.get(BACKGROUND, None) is None:  # no grading ran: the flag is read here, as the engine does
        from . import manifest

        results.tampered = manifest.differences()
    said = config.stash[WRITTEN] = []
    for kind, path in asked:
        try:
            said.append((True, reports.write(kind, path, results)))
        except FilesError as error:
            said.append((False, str(error)))
            session.exitstatus = pytest.ExitCode.USAGE_ERROR


# ------------------------------------------------------------------ how it reads


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    if isinstance(item, ExerciseItem) and item.verdict is not None and call.when == "call":
        report.tfkata_status = item.verdict.status
        report.tfkata_tip = item.verdict.tip if item.verdict.status == DONE else ""
    return report


def pytest_report_teststatus(report: pytest.TestReport, config: pytest.Config):
    status = getattr(report, "tfkata_status", None)
    if status == DONE and getattr(report, "tfkata_tip", "") and report.when == "call":
        category, letter, (word, markup) = TIPPED
        return category, letter, (_(word), markup)
    if status in STATUS and report.when == "call":
        letter, word, colour = STATUS[status]
        return status, letter, (_(word), {colour: True})
    return None


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    results = config.stash.get(RESULTS, None)
    if results and results.verdicts:
        _summary(terminalreporter, config, results)
    for written, what in config.stash.get(WRITTEN, []):
        terminalreporter.write_line(f"tfkata: {what}", red=not written)


def _summary(terminalreporter, config: pytest.Config, results: Results) -> None:
    terminalreporter.section("tfkata")
    for verdict in results.verdicts.values():
        if verdict.status in (WRONG, CRASHED, TIMED_OUT):
            first = verdict.message.splitlines()[0] if verdict.message else ""
            terminalreporter.write_line(f"{_(verdict.status):12} {verdict.exercise_id}: {first}")
        elif verdict.status == DONE and verdict.tip:
            terminalreporter.write_line(_("{label} {id} (done): {tip}").format(
                label=_("tip").ljust(12), id=verdict.exercise_id, tip=verdict.tip.splitlines()[0]))
    waiting = [v.exercise_id for v in results.verdicts.values() if v.status == NOT_STARTED]
    if waiting:
        terminalreporter.write_line(_("not started  {count}, next: {id} (tfkata hint {id})").format(
            count=len(waiting), id=waiting[0]))
    for line in results.warnings():
        terminalreporter.write_line(line, red=True)
    terminalreporter.write_line(f"{shown(config.stash[TARGET])}: {results.summary()}", bold=True)
