"""`tfkata lab overfitting`: its dry run on the fundamentals lab's stand-in data, the warning that such data
cannot show the note's lesson, a stub target, the table's words translated.

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
    rows = {line.split(" | ")[0].strip("| "): line.split(" | ")[1:] for line in table.split("\n\n")[1].splitlines()[2:]}
    assert list(rows) == ["baseline", "smaller", "bigger", "l2", "dropout"]
    for best, epoch, gap, note in rows.values():
        assert float(best) > 0 and epoch == "1" and abs(float(gap)) < 10 and note.startswith("not reported")


def test_dry_run_says_its_numbers_cannot_show_overfitting(run):
    warning = (run[3] / "results.md").read_text(encoding="utf-8").split("\n\n")[2]
    assert warning.startswith("**The data is too easy (or the run too short) to show overfitting: the baseline and "
                              "bigger models are still at their best in the last epoch (1)")


def test_the_warning_comes_when_baseline_and_bigger_never_got_worse():
    def measured(baseline_epoch, bigger_epoch):
        return {"baseline": (0.30, baseline_epoch, 0.1), "smaller": (0.31, 3, 0.0), "bigger": (0.28, bigger_epoch, 0.2)}

    assert "too easy" in lab_overfitting.lesson_unseen(measured(20, 20), epochs=20)
    assert lab_overfitting.lesson_unseen(measured(20, 2), epochs=20) is None  # the bigger overfits from epoch 3
    assert lab_overfitting.lesson_unseen(measured(5, 20), epochs=20) is None
    assert lab_overfitting.lesson_unseen({"tiny": (0.3, 20, 0.0)}, epochs=20) is None  # no models to tell by
    assert "too easy" not in lab_overfitting.results_table(measured(20, 2), 100, 20)


def test_the_tables_words_are_translated(monkeypatch):
    monkeypatch.setattr(lab_overfitting, "_", lambda text: f"<{text}>")
    lines = lab_overfitting.results_table({"l2": (0.5, 2, 0.1)}, 100, 20).splitlines()
    assert lines[0].startswith("<IMDB multi-hot, 100 words") and lines[2].startswith("| <model> | <best val")
    assert lines[4] == "| l2 | 0.5000 | 2 | 0.1000 | <not reported (the l2_model's layers only, not trained)> |"


def test_stub_target_names_every_function_not_started(run):
    data = run[4]
    code, _, errors = forked(lab, "--target", str(EXERCISES), "--data", str(data), "--num-words", "100",
                             "--out", str(data / "stub"))
    lines = errors.splitlines()
    assert code == 2 and len(lines) == 1 + len(lab_overfitting.FUNCTIONS), errors
    assert lines[0].startswith("tfkata lab overfitting: 5 of the functions this lab uses are not ready")
    for line, name in zip(lines[1:], lab_overfitting.FUNCTIONS):
        assert f"not started: {name}() in " in line and f"tfkata hint overfitting.{name}" in line
