"""`tfkata lab`: the dry-run data, the training subset, and one end-to-end run of note 001's experiment.

The runs that need TensorFlow happen in fresh processes (the real command, or a script),
so that the self-tests' own process stays small.
"""

import pytest
from helpers import run_python, tfkata
from tfkata import cli, lab
from tfkata.plots import training_curves

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


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """One dry run of the real command, as CI does it: (exit code, printed text, output folder)."""
    root = tmp_path_factory.mktemp("lab")
    lab.make_data(root / "data", classes=3, per_class=4, size=32)
    done = tfkata("lab", "transfer", str(root / "data"), "--weights", "none", "--epochs", "2",
                  "--fine-tune-epochs", "1", "--image-size", "32", "--batch-size", "8",
                  "--fraction", "0.5", "--out", str(root / "out"), "--verbose", "2")
    return done.returncode, done.stdout, root / "out"


def test_run_prints_progress_and_the_table(run):
    code, printed, out = run
    assert code == 0, printed
    assert "Epoch 3/3" in printed and "val_accuracy" in printed
    table = (out / "results.md").read_text()
    assert table in printed
    assert "| feature extraction | 1-2 |" in table and "| fine-tuning | 3-3 |" in table


def test_run_trains_on_the_subset(run):
    out = run[2]
    assert sorted(len(list(d.iterdir())) for d in (out / "train_50_percent").iterdir()) == [2, 2, 2]


def test_fine_tuning_continues_from_the_last_epoch(run):
    printed = run[1]
    assert [line.split()[1] for line in printed.splitlines() if line.startswith("Epoch ")] == ["1/2", "2/2", "3/3"]


def test_plot_is_a_png(run):
    assert (run[2] / "history.png").read_bytes().startswith(PNG)


def test_plot_marks_the_start_of_fine_tuning():
    history = {m: [0.5, 0.6, 0.7, 0.8] for m in lab.METRICS}
    figure = training_curves(history, mark=2)
    for ax in figure.axes:
        lines = {line.get_label(): list(line.get_xdata()) for line in ax.lines}
        assert lines["start of fine-tuning"] == [2, 2]
        assert len(lines) == 3  # training, validation, the marker


def test_local_weights_file_is_loaded_without_download(tmp_path):
    same = run_python(f"""
        import json
        import keras
        import numpy as np
        from keras.src.utils import file_utils
        from tfkata import lab

        def no_download(*args, **kwargs):
            raise AssertionError("the lab tried to download")

        file_utils.get_file = no_download
        saved = keras.applications.EfficientNetB0(weights=None, include_top=False)
        path = {str(tmp_path / "efficientnetb0_notop.weights.h5")!r}
        saved.save_weights(path)
        _, base = lab.build_model(3, 32, lab.base_weights(path))
        print(json.dumps(all(np.array_equal(a, b) for a, b in zip(base.get_weights(), saved.get_weights()))))
    """)
    assert same


def test_missing_weights_file_is_a_short_error(tmp_path, capsys):
    code = cli.main(["lab", "transfer", str(tmp_path), "--weights", str(tmp_path / "missing.h5")])
    assert code == 2 and "no weights file" in capsys.readouterr().err
