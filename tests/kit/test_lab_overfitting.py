"""`tfkata lab overfitting`: its dry run on the fundamentals lab's stand-in data, a stub target.

The runs that need TensorFlow happen in processes forked from the engine's warm server
(tests/kit/helpers.py); the dry run starts at collection and runs beside the other tests.
"""

import tempfile
from pathlib import Path

import pytest
from helpers import Forked, dry_run_outcome, forked, lab_command
from tfkata import lab_fundamentals, lab_overfitting
from tfkata.paths import EXERCISES, SOLUTIONS

pytestmark = pytest.mark.full  # the lab's dry run

PNG = b"\x89PNG\r\n\x1a\n"


def lab(*args: str) -> tuple[int, str, str]:
    return lab_command("overfitting", *args)


DRY_RUN = {}


def start_in_background(items):
    root = Path(tempfile.mkdtemp(prefix="tfkata-lab-overfitting-"))
    lab_fundamentals.make_data(root / "data")
    DRY_RUN.update(root=root, run=Forked(lab, "--target", str(SOLUTIONS), "--data", str(root / "data"),
                                         "--epochs", "1", "--num-words", "100", "--out", str(root / "out"),
                                         "--verbose", "2"))


@pytest.fixture(scope="module")
def run():
    """(exit code, stdout, stderr, output folder, data folder) of the dry run."""
    yield from dry_run_outcome(DRY_RUN, start_in_background)


def test_multi_hot_marks_each_word_once():
    rows = lab_overfitting.multi_hot([[1, 3, 3], [], [0]], 5)
    assert rows.tolist() == [[0, 1, 0, 1, 0], [0] * 5, [1, 0, 0, 0, 0]]


def test_dry_run_trains_the_five_models_with_progress(run):
    code, printed, errors = run[:3]
    assert code == 0, errors
    assert "200 IMDB reviews as multi-hot vectors of 100 words" in printed and "remedies:" in printed
    assert printed.count("1/1 - ") == 5  # Keras' line per epoch (verbose 2), once per model


def test_dry_run_writes_the_plots_and_the_table(run):
    printed, out = run[1], run[3]
    for name in ("capacity.png", "remedies.png"):
        assert (out / name).read_bytes().startswith(PNG)
    table = (out / "results.md").read_text(encoding="utf-8")
    assert table in printed
    rows = {line.split(" | ")[0].strip("| "): line.split(" | ")[1:] for line in table.splitlines()[4:]}
    assert list(rows) == ["baseline", "smaller", "bigger", "l2", "dropout"]
    for best, epoch, gap, note in rows.values():
        assert float(best) > 0 and epoch == "1" and abs(float(gap)) < 10 and note.startswith("not reported")


def test_stub_target_names_the_exercise_to_do_first(run):
    data = run[4]
    code, _, errors = forked(lab, "--target", str(EXERCISES), "--data", str(data), "--num-words", "100",
                             "--out", str(data / "stub"))
    assert code == 2 and errors.count("\n") == 1, errors
    assert errors.startswith("tfkata lab overfitting: ")
    assert "capacity_models()" in errors and "tfkata hint overfitting.capacity_models" in errors
