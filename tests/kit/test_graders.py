"""Proof that every grader is right both ways (GRADERS.md §3).

It passes on solutions/, reports the pristine stubs as not started, fails every
known-wrong variant with a lesson that names the mistake, and passes every known
correct variant (tests/variants/). All of them are graded by the engine, in workers.
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


@pytest.fixture(scope="session")
def solution_results(pytestconfig):
    """This run's own results when it graded all of solutions/; else a fresh grading."""
    outer = pytestconfig.stash[RESULTS]
    if pytestconfig.stash[TARGET] == SOLUTIONS and set(outer.verdicts) == set(IDS):
        return outer
    return grade(SOLUTIONS)


@pytest.fixture(scope="session")
def stub_results(graded):
    return graded[0]


@pytest.mark.parametrize("exercise_id", IDS)
def test_solution_passes(solution_results, exercise_id):
    verdict = solution_results.verdicts[exercise_id]
    assert verdict.status == DONE, verdict.message
    assert not verdict.tip, f"the reference solution gets a tip: {verdict.tip}"


@pytest.mark.parametrize("exercise_id", IDS)
def test_solution_passes_judged_apart(graded, exercise_id):
    verdict = graded[1].verdicts[exercise_id]
    assert verdict.status == DONE and not verdict.tip, verdict.message or verdict.tip


@pytest.mark.parametrize("exercise_id", IDS)
def test_stub_is_not_started(stub_results, exercise_id):
    verdict = stub_results.verdicts[exercise_id]
    assert verdict.status == NOT_STARTED, verdict.message
    assert verdict.message.startswith("not started"), verdict.message


@pytest.mark.parametrize("exercise_id", IDS)
def test_every_exercise_has_a_known_wrong_variant(exercise_id):
    wrong = [p.name for p in VARIANT_FILES
             if read_variant(p)["EXERCISE"] == exercise_id and read_variant(p)["VERDICT"] == WRONG]
    assert wrong, f"no known-wrong variant in tests/variants/ for {exercise_id}"


GRADED = {}


def start_in_background():
    """The pristine stubs, then every variant in a folder of its own, graded in one run of the
    engine, beside the tests that come first. All of it is the kit's own code, so a worker
    may grade several of these folders in turn."""
    root = Path(tempfile.mkdtemp(prefix="tfkata-variants-"))
    jobs = [Job(STUBS, IDS), Job(SOLUTIONS, IDS)]
    for path in VARIANT_FILES:
        spec = read_variant(path)
        exercise = BOOK.get(spec["EXERCISE"])
        folder = root / f"{path.parent.name}-{path.stem}"
        folder.mkdir()
        (folder / f"{exercise.module}.py").write_text(variant_source(path, spec, exercise.module))
        jobs.append(Job(folder, [exercise.id]))
    # A generous limit: no variant is judged by its time, and a loaded CI machine (or the
    # oldest corner's slower releases) must not turn a verdict into "timed out".
    # Judged apart as tfkata grade judges them: the path where verdicts must be trusted is the one proven.
    GRADED.update(root=root, run=InBackground(lambda: grade_many(jobs, reuse=True, time_limit=SELF_TEST_LIMIT,
                                                                 apart=True)))


@pytest.fixture(scope="session")
def graded():
    if not GRADED:
        start_in_background()
    yield GRADED["run"].result()
    shutil.rmtree(GRADED["root"], ignore_errors=True)


@pytest.fixture(scope="session")
def variant_verdicts(graded):
    """Each variant's one verdict."""
    return {path: next(iter(results.verdicts.values())) for path, results in zip(VARIANT_FILES, graded[2:])}


@pytest.mark.parametrize("variant", VARIANT_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_variant(variant, variant_verdicts):
    spec = read_variant(variant)
    verdict = variant_verdicts[variant]
    assert verdict.status == spec["VERDICT"], f"{verdict.status}: {verdict.message}"
    assert spec["SAYS"].lower() in verdict.message.lower(), f"lesson does not say {spec['SAYS']!r}: {verdict.message}"
    assert len(verdict.message.splitlines()) <= 3, verdict.message
    if "TIP" in spec:  # a correct answer the kit would spell otherwise: done, with a tip that says TIP
        assert spec["TIP"].lower() in verdict.tip.lower(), f"tip does not say {spec['TIP']!r}: {verdict.tip!r}"
        assert verdict.label == "done, with a tip" and len(verdict.tip.splitlines()) <= 2, verdict.tip
    else:
        assert not verdict.tip, f"a tip the variant does not expect: {verdict.tip}"
