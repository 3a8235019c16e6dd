"""The pytest plugin: grade a target folder, turn failures into lessons, count points.

Registered through pytest's entry point, so ``--target`` and the ``exercise`` marker
exist in any run; it does nothing for tests that carry no ``exercise`` marker.
"""

from __future__ import annotations

import pytest

from . import catalogue
from .paths import resolve_target, shown
from .problems import is_not_started, short_report
from .results import DONE, NOT_STARTED, WRONG, Results
from .target import Target

RESULTS = pytest.StashKey[Results]()
TARGET = pytest.StashKey[Target]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("tfkata", "tfkata grading")
    group.addoption("--target", default=None, metavar="FOLDER",
                    help="exercise modules to grade: exercises (default, or $TFKATA_TARGET), "
                         "solutions, or a path")
    group.addoption("--exercise", action="append", default=[], metavar="ID",
                    help="grade only this exercise (repeatable), e.g. fundamentals.scale_pixels")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "exercise(id): the catalogue exercise this test grades")
    config.stash[TARGET] = Target(resolve_target(config.getoption("target")))
    config.stash[RESULTS] = Results()


def exercise_of(item: pytest.Item) -> catalogue.Exercise | None:
    marker = item.get_closest_marker("exercise")
    return catalogue.load().get(marker.args[0]) if marker else None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        exercise_of(item)  # an unknown id fails collection, naming it
    wanted = set(config.getoption("exercise"))
    if not wanted:
        return
    keep = [i for i in items if (e := exercise_of(i)) and e.id in wanted]
    config.hook.pytest_deselected(items=[i for i in items if i not in keep])
    items[:] = keep


@pytest.fixture
def learner(request: pytest.FixtureRequest):
    """The learner's function for this test's exercise, from the target folder."""
    exercise = exercise_of(request.node)
    if exercise is None:
        raise pytest.UsageError(f"{request.node.nodeid} uses `learner` without an exercise marker")
    return request.config.stash[TARGET].function(exercise)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    exercise = exercise_of(item)
    if exercise is None or report.skipped:
        return report
    results = item.config.stash[RESULTS]
    if report.failed and call.excinfo is not None:
        error = call.excinfo.value
        message = short_report(error, item.config.stash[TARGET].folder)
        report.tfkata_not_started = is_not_started(error)
        if item.config.getoption("tbstyle", "auto") == "auto":
            report.longrepr = message
        results.record(exercise, NOT_STARTED if report.tfkata_not_started else WRONG, message)
    elif report.when == "call":
        results.record(exercise, DONE)
    return report


def pytest_report_teststatus(report: pytest.TestReport, config: pytest.Config):
    if getattr(report, "tfkata_not_started", False):
        return "not started", "n", ("NOT STARTED", {"yellow": True})
    return None


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    results = config.stash[RESULTS]
    if not results.verdicts:
        return
    terminalreporter.section("tfkata")
    for verdict in results.verdicts.values():
        if verdict.status == WRONG:
            first = verdict.message.splitlines()[0]
            terminalreporter.write_line(f"wrong        {verdict.exercise.id}: {first}")
    waiting = [v.exercise.id for v in results.verdicts.values() if v.status == NOT_STARTED]
    if waiting:
        terminalreporter.write_line(f"not started  {len(waiting)}, next: {waiting[0]} "
                                    f"(tfkata hint {waiting[0]})")
    target = shown(config.stash[TARGET].folder)
    terminalreporter.write_line(f"{target}: {results.summary()}", bold=True)
