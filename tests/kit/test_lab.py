"""`tfkata lab`: the dry-run data, the training subset, and one end-to-end run of note 001's experiment.

The runs that need TensorFlow happen in processes forked from the engine's warm server
(tests/kit/helpers.py); the dry run starts at collection and runs beside the other tests.
"""

import contextlib
import io
import shutil
import tempfile
from pathlib import Path

import pytest
from helpers import Forked, forked
from tfkata import cli, lab
from tfkata.plots import training_curves

pytestmark = pytest.mark.full  # the lab's dry run

PNG = b"\x89PNG\r\n\x1a\n"


def test_make_data_layout(tmp_path):
    assert cli.main(["lab", "make-data", str(tmp_path), "--classes", "2", "--per-class", "4", "--size", "16"]) == 0
    for split in ("train", "test"):
        assert sorted(p.name for p in (tmp_path / split).iterdir()) == ["class_0", "class_1"]
        for folder in (tmp_path / split).iterdir():
            files = list(folder.glob("*.png"))
            assert len(files) == 4 and all(f.read_bytes().startswith(PNG) for f in files)


def test_subset_is_seeded_keeps_every_class_and_one_file_at_least(tmp_path):
    for name, count in (("a", 10), ("b", 3), ("c", 1)):
        (tmp_path / "train" / name).mkdir(parents=True)
        for number in range(count):
            (tmp_path / "train" / name / f"{number}.png").write_bytes(b"x")

    def chosen(fraction, seed, out="out"):
        root = lab.subset(tmp_path / "train", tmp_path / out, fraction, seed)
        return {d.name: sorted(p.name for p in d.iterdir()) for d in root.iterdir()}

    tenth = chosen(0.1, seed=1)
    assert {k: len(v) for k, v in tenth.items()} == {"a": 1, "b": 1, "c": 1}
    half = chosen(0.5, seed=1)
    assert {k: len(v) for k, v in half.items()} == {"a": 5, "b": 2, "c": 1}
    assert chosen(0.5, seed=1, out="again") == half and chosen(0.5, seed=2) != half
    assert chosen(0.1, seed=1) == tenth  # a rerun replaces the earlier subset


DRY_RUN = {}


def dry_run(root: str) -> tuple[int, str]:
    """The lab's dry run through the command's own entry, as CI would run it: (exit code, printed)."""
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = cli.main(["lab", "transfer", f"{root}/data", "--weights", "none", "--epochs", "1",
                         "--fine-tune-epochs", "1", "--image-size", "32", "--batch-size", "8",
                         "--fraction", "0.5", "--out", f"{root}/out", "--verbose", "2"])
    return code, printed.getvalue()


def start_in_background(items):
    root = Path(tempfile.mkdtemp(prefix="tfkata-lab-"))
    lab.make_data(root / "data", classes=3, per_class=4, size=32)
    DRY_RUN.update(root=root, run=Forked(dry_run, str(root)))


@pytest.fixture(scope="module")
def run():
    """(exit code, printed text, output folder) of the dry run."""
    if not DRY_RUN:
        start_in_background([])
    code, printed = DRY_RUN["run"].result()
    yield code, printed, DRY_RUN["root"] / "out"
    shutil.rmtree(DRY_RUN["root"], ignore_errors=True)


def test_run_prints_progress_and_the_table(run):
    code, printed, out = run
    assert code == 0, printed
    assert "Epoch 2/2" in printed and "val_accuracy" in printed
    table = (out / "results.md").read_text()
    assert table in printed
    assert "| feature extraction | 1-1 |" in table and "| fine-tuning | 2-2 |" in table


def test_run_trains_on_the_subset(run):
    out = run[2]
    assert sorted(len(list(d.iterdir())) for d in (out / "train_50_percent").iterdir()) == [2, 2, 2]


def test_fine_tuning_continues_from_the_last_epoch(run):
    printed = run[1]
    assert [line.split()[1] for line in printed.splitlines() if line.startswith("Epoch ")] == ["2/2"]  # Keras prints no "Epoch 1/1" for a single epoch


def test_plot_is_a_png(run):
    assert (run[2] / "history.png").read_bytes().startswith(PNG)


def test_plot_marks_the_start_of_fine_tuning():
    history = {m: [0.5, 0.6, 0.7, 0.8] for m in lab.METRICS}
    figure = training_curves(history, mark=2)
    for ax in figure.axes:
        lines = {line.get_label(): list(line.get_xdata()) for line in ax.lines}
        assert lines["start of fine-tuning"] == [2, 2]
        assert len(lines) == 3  # training, validation, the marker


def weights_loaded_from(path: str) -> bool:
    """Does the lab's model carry the weights saved in a local file, with downloads refused?"""
    import keras
    import numpy as np
    from keras.src.utils import file_utils

    def no_download(*args, **kwargs):
        raise AssertionError("the lab tried to download")

    file_utils.get_file = no_download
    saved = keras.applications.EfficientNetB0(weights=None, include_top=False)
    saved.save_weights(path)
    _, base = lab.build_model(3, 32, lab.base_weights(path))
    return all(np.array_equal(a, b) for a, b in zip(base.get_weights(), saved.get_weights()))


def test_local_weights_file_is_loaded_without_download(tmp_path):
    assert forked(weights_loaded_from, str(tmp_path / "efficientnetb0_notop.weights.h5"))


def test_missing_weights_file_is_a_short_error(tmp_path, capsys):
    code = cli.main(["lab", "transfer", str(tmp_path), "--weights", str(tmp_path / "missing.h5")])
    assert code == 2 and "no weights file" in capsys.readouterr().err
