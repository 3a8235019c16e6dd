"""The engine under fire: learner code that ends, hangs, floods, allocates or breaks.

Each fault sits in ``fundamentals.scale_pixels`` of a folder that otherwise holds the
reference. For each: the verdict and its lesson, that the next exercise of the same
module and one of another module were still graded, and that no learner file and no
file of the kit changed. All folders are graded in one run of the engine.
"""

from pathlib import Path

import pytest
from helpers import kit_snapshot, learner_folder, snapshot, tfkata
from tfkata.engine import Job, grade_many
from tfkata.paths import ROOT
from tfkata.results import CRASHED, DONE, TIMED_OUT, WRONG

pytestmark = pytest.mark.full  # faulty learner code in real processes

FAULTY = "fundamentals.scale_pixels"
OTHERS = ["fundamentals.normalize_features", "data.csv_dataset"]
HEAD = "def scale_pixels(images):\n"
TOP = "import os\n"
LIMIT = 3  # seconds per grader test, for this suite

# name: (change to the reference, status of FAULTY, words its lesson must hold, others still graded)
FAULTS = {
    "os._exit(0)": ({HEAD: HEAD + "    os._exit(0)\n"}, CRASHED, "exit code 0", True),
    "os._exit(1)": ({HEAD: HEAD + "    os._exit(1)\n"}, CRASHED, "exit code 1", True),
    "SIGKILL": ({HEAD: HEAD + "    import signal; os.kill(os.getpid(), signal.SIGKILL)\n"}, CRASHED,
                "out of memory", True),
    "endless loop": ({HEAD: HEAD + "    while True:\n        pass\n"}, TIMED_OUT, "fundamentals.py:", True),
    "loop that swallows the stop": ({HEAD: HEAD + "    while True:\n        try:\n            while True:\n"
                                                  "                pass\n        except BaseException:\n"
                                                  "            pass\n"}, TIMED_OUT, "scale_pixels() was still running",
                                    True),
    "sys.exit": ({HEAD: HEAD + "    import sys; sys.exit(3)\n"}, WRONG, "sys.exit()", True),
    "pytest.skip": ({HEAD: HEAD + "    import pytest; pytest.skip('later')\n"}, WRONG, "skip", True),
    "huge allocation": ({HEAD: HEAD + "    np.ones((40000, 40000))  # 12.8 GB: more than the cap, less than the machine\n"},
                        WRONG, "MemoryError", True),
    "wrong return type": ({HEAD: HEAD + "    return 'scaled'\n"}, WRONG, "return a NumPy array", True),
    "print flood": ({HEAD: HEAD + "    for _ in range(200):\n        print('x' * 100_000)\n"}, DONE, "", True),
    "relative writes and deletes": ({HEAD: HEAD + "    open('scratch.txt', 'w').write('x')\n"
                                                  "    for name in ('README.md', 'pyproject.toml', 'fundamentals.py'):\n"
                                                  "        if os.path.exists(name):\n            os.remove(name)\n"},
                                    DONE, "", True),
    "exception at import": ({TOP: TOP + "raise RuntimeError('boom')\n"}, WRONG, "does not import", False),
    "syntax error": ({HEAD: HEAD + "    return images /\n"}, WRONG, "SyntaxError", False),
    "os._exit at import": ({TOP: TOP + "os._exit(0)\n"}, CRASHED, "while importing fundamentals.py", False),
    "endless loop at import": ({TOP: TOP + "while True:\n    pass\n"}, TIMED_OUT, "importing fundamentals.py", False),
}


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """(verdicts of each fault, learner files before, after; the kit before, after)."""
    folders = {name: learner_folder(tmp_path_factory.mktemp("fault"), change) for name, (change, *_) in FAULTS.items()}
    before, kit_before = snapshot(*folders.values()), kit_snapshot()
    results = grade_many([Job(folder, [FAULTY, *OTHERS]) for folder in folders.values()], time_limit=LIMIT, reuse=True)
    return dict(zip(FAULTS, results)), before, snapshot(*folders.values()), kit_before, kit_snapshot()


@pytest.mark.parametrize("fault", FAULTS)
def test_fault_costs_only_its_own_exercise(graded, fault):
    results = graded[0][fault]
    _, status, says, others_graded = FAULTS[fault]
    verdict = results.verdicts[FAULTY]
    assert verdict.status == status, verdict.message
    assert says in verdict.message, verdict.message
    assert len(verdict.message.splitlines()) <= 3, verdict.message
    assert "done" not in verdict.message.lower() or status == DONE
    assert results.verdicts["data.csv_dataset"].status == DONE, results.verdicts["data.csv_dataset"].message
    same_module = results.verdicts["fundamentals.normalize_features"]
    if others_graded:
        assert same_module.status == DONE, same_module.message
    else:  # the whole module is broken: its other exercises say so too, with the same lesson
        assert (same_module.status, same_module.message) == (verdict.status, verdict.message)


def test_a_setting_left_by_one_section_does_not_reach_the_next(tmp_path):
    """Each section is a batch, a pytest session of its own, that one worker may grade after another: the Keras
    dtype policy data.csv_dataset leaves on is put back before the next section's exercise (whose model would
    otherwise compile with a LossScaleOptimizer, and be marked wrong), the section before it graded first."""
    head = 'def csv_dataset(path, label_name="label"):\n'
    learner_folder(tmp_path, {head: head + "    keras.mixed_precision.set_global_policy('mixed_float16')\n"},
                   modules=("fundamentals", "data", "overfitting"))
    [results] = grade_many([Job(tmp_path, ["fundamentals.normalize_features", "data.csv_dataset",
                                           "overfitting.regularized_model"])], workers=1)
    assert "global_policy" in results.verdicts["data.csv_dataset"].message
    assert results.verdicts["overfitting.regularized_model"].status == DONE, results.verdicts


def test_no_learner_file_and_no_kit_file_changed(graded):
    _, before, after, kit_before, kit_after = graded
    assert after == before
    assert kit_after == kit_before
    assert not (ROOT / "scratch.txt").exists()


def test_no_process_of_the_learners_code_outlives_a_check(tmp_path):
    """A grandchild in a session of its own, that would hold the output open and outlive the check,
    ends with it (engine.sweep), and the check says what the exercise did."""
    marker = "tfkata-orphan-" + tmp_path.name[-6:]
    learner_folder(tmp_path, {HEAD: HEAD + "    import ctypes, time\n    if os.fork() == 0:\n        os.setsid()\n"
                                           f"        ctypes.CDLL(None).prctl(15, {marker.encode()!r})\n"
                                           "        time.sleep(60)\n    os._exit(0)\n"}, modules=("fundamentals",))
    run = tfkata("check", FAULTY, "--target", str(tmp_path), timeout=120)
    assert run.returncode == 1 and "exit code 0" in run.stdout, run.stdout + run.stderr
    alive = []
    for entry in Path("/proc").iterdir():
        try:
            alive += [entry.name] if (entry / "comm").read_text().strip() == marker[:15] else []
        except OSError:
            pass
    assert alive == []
