"""Proof that every grader is right both ways (GRADERS.md §3).

It passes on solutions/, reports the pristine stubs as not started, fails every
known-wrong variant with a lesson that names the mistake, and passes every known
correct variant (tests/variants/). All of them are graded by the engine, in workers.
The quick set takes one variant for every other exercise (a wrong one and a right one in turn), graded as
``tfkata check`` grades; ``--full`` takes every variant, and the solutions, judged apart as ``tfkata grade`` judges.
"""

import shutil
import tempfile
from pathlib import Path

import pytest
from helpers import InBackground, read_variant, variant_source
from tfkata import catalogue
from tfkata.engine import Job, grade, grade_many
from tfkata.paths import SOLUTIONS, STUBS
from tfkata.plugin import RESULTS, TARGET
from tfkata.results import DONE, NOT_STARTED, WRONG

VARIANTS = Path(__file__).parents[1] / "variants"
SELF_TEST_LIMIT = 60.0  # seconds per grader test when the self-tests grade the stubs and the variants
BOOK = catalogue.load()
IDS = list(BOOK.exercises)


VARIANT_FILES = sorted(VARIANTS.glob("*/*.py"))
SPECS = {path: read_variant(path) for path in VARIANT_FILES}


def _sample() -> set[Path]:
    """One variant for every other exercise, a wrong one and a right one in turn (the other kind where there is
    none)."""
    chosen = set()
    for number, exercise_id in enumerate(IDS[::2]):
        mine = [p for p in VARIANT_FILES if SPECS[p]["EXERCISE"] == exercise_id]
        kinds = [WRONG, DONE] if number % 2 == 0 else [DONE, WRONG]
        chosen.update(next(([p] for kind in kinds for p in mine if SPECS[p]["VERDICT"] == kind), []))
    return chosen


SAMPLE = _sample()


@pytest.fixture(scope="session")
def solution_results(pytestconfig):
    """This run's own results when it graded all of solutions/; else a fresh grading."""
    outer = pytestconfig.stash[RESULTS]
    if pytestconfig.stash[TARGET] == SOLUTIONS and set(outer.verdicts) == set(IDS):
        return outer
    return grade(SOLUTIONS)


@pytest.fixture(scope="session")
def stub_results(graded):
    return graded["stubs"]


@pytest.mark.parametrize("exercise_id", IDS)
def test_solution_passes(solution_results, exercise_id):
    verdict = solution_results.verdicts[exercise_id]
    assert verdict.status == DONE, verdict.message
    assert not verdict.tip, f"the reference solution gets a tip: {verdict.tip}"


@pytest.mark.full
@pytest.mark.parametrize("exercise_id", IDS)
def test_solution_passes_judged_apart(graded, exercise_id):
    verdict = graded["solutions"].verdicts[exercise_id]
    assert verdict.status == DONE and not verdict.tip, verdict.message or verdict.tip


@pytest.mark.parametrize("exercise_id", IDS)
def test_stub_is_not_started(stub_results, exercise_id):
    verdict = stub_results.verdicts[exercise_id]
    assert verdict.status == NOT_STARTED, verdict.message
    assert verdict.message.startswith("not started"), verdict.message


@pytest.mark.parametrize("exercise_id", IDS)
def test_every_exercise_has_a_known_wrong_variant(exercise_id):
    wrong = [p.name for p, spec in SPECS.items() if spec["EXERCISE"] == exercise_id and spec["VERDICT"] == WRONG]
    assert wrong, f"no known-wrong variant in tests/variants/ for {exercise_id}"


GRADED = {}


def start_in_background(items):
    """The pristine stubs, then what ``items`` (the tests of this module the session runs) need: the solutions
    judged apart, and their variants, each in a folder of its own; graded in one run of the engine, beside
    the tests that come first. All of it is the kit's own code, so a worker may grade several of these
    folders in turn."""
    root = Path(tempfile.mkdtemp(prefix="tfkata-variants-"))
    wanted = {item.callspec.params.get("variant") for item in items if hasattr(item, "callspec")}
    apart = any(item.originalname == "test_solution_passes_judged_apart" for item in items)
    names, jobs = ["stubs"], [Job(STUBS, IDS)]
    if apart:
        names.append("solutions")
        jobs.append(Job(SOLUTIONS, IDS))
    for path in [p for p in VARIANT_FILES if p in wanted]:
        spec = SPECS[path]
        exercise = BOOK.get(spec["EXERCISE"])
        folder = root / f"{path.parent.name}-{path.stem}"
        folder.mkdir()
        (folder / f"{exercise.module}.py").write_text(variant_source(path, spec, exercise.module))
        names.append(path)
        jobs.append(Job(folder, [exercise.id]))
    # A generous limit: no variant is judged by its time, and a loaded CI machine (or the
    # oldest corner's slower releases) must not turn a verdict into "timed out".
    # The full set judges apart, as tfkata grade does: the path where verdicts must be trusted is the one proven.
    # The quick set grades its sample as tfkata check does, in one worker beside the session's own (a learner
    # process, or a second worker, would take the README command over 2 GiB).
    GRADED.update(root=root, names=names, run=InBackground(lambda: grade_many(
        jobs, workers=None if apart else 1, reuse=True, time_limit=SELF_TEST_LIMIT, apart=apart)))


@pytest.fixture(scope="session")
def graded(request):
    """Results by what was graded: "stubs", "solutions" (judged apart), and each variant's path."""
    if not GRADED:
        start_in_background([item for item in request.session.items if item.module.__name__ == __name__])
    yield dict(zip(GRADED["names"], GRADED["run"].result()))
    shutil.rmtree(GRADED["root"], ignore_errors=True)


@pytest.fixture(scope="session")
def variant_verdicts(graded):
    """Each variant's one verdict."""
    return {path: next(iter(results.verdicts.values())) for path, results in graded.items() if isinstance(path, Path)}


@pytest.mark.parametrize("variant", [pytest.param(p, marks=() if p in SAMPLE else pytest.mark.full)
                                     for p in VARIANT_FILES], ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_variant(variant, variant_verdicts):
    spec = SPECS[variant]
    verdict = variant_verdicts[variant]
    assert verdict.status == spec["VERDICT"], f"{verdict.status}: {verdict.message}"
    assert spec["SAYS"].lower() in verdict.message.lower(), f"lesson does not say {spec['SAYS']!r}: {verdict.message}"
    assert len(verdict.message.splitlines()) <= 3, verdict.message
    if "TIP" in spec:  # a correct answer the kit would spell otherwise: done, with a tip that says TIP
        assert spec["TIP"].lower() in verdict.tip.lower(), f"tip does not say {spec['TIP']!r}: {verdict.tip!r}"
        assert verdict.label == "done, with a tip" and len(verdict.tip.splitlines()) <= 2, verdict.tip
    else:
        assert not verdict.tip, f"a tip the variant does not expect: {verdict.tip}"
