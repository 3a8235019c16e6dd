"""`tfkata lab fine-tune`: its dry run on `lab make-data` images, the data layouts, stub targets, offline.

The runs that need TensorFlow happen in processes forked from the engine's warm server
(tests/kit/helpers.py); the dry run starts at collection and runs beside the other tests.
"""

import tempfile
from pathlib import Path

import pytest
from helpers import Forked, dry_run_outcome, forked, lab_command
from test_lab import offline
from tfkata import cli, lab, lab_fine_tune
from tfkata.paths import EXERCISES, SOLUTIONS, STUBS
from tfkata.sources import replace_function

pytestmark = pytest.mark.full  # the lab's dry run

PNG = b"\x89PNG\r\n\x1a\n"


def run_lab(*args: str) -> tuple[int, str, str]:
    return lab_command("fine-tune", *args)


DRY_RUN = {}


def start_in_background(items):
    root = Path(tempfile.mkdtemp(prefix="tfkata-lab-fine-tune-"))
    lab.make_data(root / "data", classes=2, per_class=10, size=32)
    # DIR/train alone: one folder of two classes, split 80/20 as note 002 splits its data set
    DRY_RUN.update(root=root, run=Forked(
        run_lab, str(root / "data" / "train"), "--target", str(SOLUTIONS), "--weights", "none",
        "--epochs", "1", "--fine-tune-epochs", "1", "--image-size", "32", "--batch-size", "8",
        "--out", str(root / "out"), "--verbose", "2"))


@pytest.fixture(scope="module")
def run():
    """(exit code, stdout, stderr, output folder, data folder) of the dry run."""
    yield from dry_run_outcome(DRY_RUN, start_in_background)


def test_dry_run_splits_the_folder_and_prints_progress(run):
    code, printed, errors = run[:3]
    assert code == 0, errors
    assert "Using 16 files for training." in printed and "Using 4 files for validation." in printed
    assert "feature extraction: 1 epochs, mobilenetv2_1.00_32 frozen (154 layers)" in printed
    assert "fine-tuning: 1 epochs from epoch 2, base layers from 120 on trainable (38 trainable variables)" in printed
    assert "Epoch 2/2" in printed and "val_accuracy" in printed


def test_dry_run_writes_the_plot_and_records_the_fine_tuning_start(run):
    printed, out = run[1], run[3]
    assert (out / "history.png").read_bytes().startswith(PNG)
    table = (out / "results.md").read_text(encoding="utf-8")
    assert table in printed
    assert "| fine_tune_at | 120 | 100 | 120 |" in table
    assert "| fine-tuning epochs | 1 (from epoch 2) |" in table
    assert "| feature extraction | 1-1 |" in table and "| fine-tuning | 2-2 |" in table
    assert "| trainable variables after fine-tuning | 38 |" in table
    measures = [line for line in table.split("| measure |")[1].split("\n\n")[0].splitlines()[2:]]
    assert len(measures) == len(lab_fine_tune.NOTE_MEASURES)
    assert all(line.endswith("| not reported |") for line in measures)


def test_stub_target_names_every_function_not_started_before_training(run):
    data = run[4]
    code, printed, errors = forked(run_lab, str(data), "--target", str(EXERCISES), "--weights", "none",
                                   "--out", str(data / "stub"))
    lines = errors.splitlines()
    assert code == 2 and len(lines) == 1 + len(lab_fine_tune.FUNCTIONS), errors
    assert lines[0] == "tfkata lab fine-tune: 4 of the functions this lab uses are not ready, so nothing was trained:"
    for line, name in zip(lines[1:], lab_fine_tune.FUNCTIONS):
        assert line.startswith(f"  not started: {name}() in ") and line.endswith(f"(try: tfkata hint transfer.{name})")
    assert "Found" not in printed  # not even the images were read


def test_a_stub_late_in_the_chain_stops_the_lab_before_it_trains(run, tmp_path):
    """fine_tune runs after the feature extraction's epochs: its stub is found before them."""
    source = replace_function((SOLUTIONS / "transfer.py").read_text(), "fine_tune", (STUBS / "transfer.py").read_text())
    (tmp_path / "transfer.py").write_text(source)
    code, printed, errors = forked(run_lab, str(run[4]), "--target", str(tmp_path), "--weights", "none",
                                   "--image-size", "32", "--out", str(tmp_path / "out"))
    assert code == 2 and errors.count("\n") == 1, errors
    assert errors.startswith("tfkata lab fine-tune: not started: fine_tune() in ")
    assert "tfkata hint transfer.fine_tune" in errors and "feature extraction" not in printed


def test_offline_imagenet_weights_name_the_file_alpaca_model_asked_for(run, tmp_path):
    code, _, errors = forked(offline, "fine-tune", str(run[4] / "train"), "--target", str(SOLUTIONS),
                             "--out", str(tmp_path))
    file = "mobilenet_v2_weights_tf_dim_ordering_tf_kernels_1.0_160_no_top.h5"  # for the default 160 px
    assert code == 2 and errors == (
        f"tfkata lab fine-tune: cannot download the pretrained weights {file}: put the file at "
        f"~/.keras/models/{file} (Keras' cache), or use --weights none (random weights)\n"), errors


def test_the_tables_words_are_translated(monkeypatch):
    monkeypatch.setattr(lab_fine_tune, "_", lambda text: f"<{text}>")
    settings = dict.fromkeys(lab_fine_tune.NOTE_SETTINGS, 1)
    measured = dict.fromkeys(lab_fine_tune.NOTE_MEASURES, 0.5)
    table = lab_fine_tune.results_table(settings, measured, {m: [0.5, 0.6] for m in lab.METRICS}, 1)
    assert table.startswith("| <setting> | <this run> | <note 000> | <note 002> |")
    assert "| <image size> | 1 | <160> | <160> |" in table
    assert "| <base layers> | 0.5000 | <not reported (prints len(base_model.layers))> | <not reported> |" in table


def test_layouts(tmp_path):
    lab.make_data(tmp_path / "data", classes=2, per_class=1, size=8)
    assert lab_fine_tune.folders(tmp_path / "data") == (tmp_path / "data" / "train", tmp_path / "data" / "test")
    assert lab_fine_tune.folders(tmp_path / "data" / "train") == (tmp_path / "data" / "train", None)
    lab.make_data(tmp_path / "three", classes=3, per_class=1, size=8)
    with pytest.raises(lab_fine_tune.DataMissing, match="class_0, class_1, class_2: put two class folders"):
        lab_fine_tune.folders(tmp_path / "three")


def test_a_missing_folder_says_what_to_put_where(tmp_path):
    code, printed, errors = run_lab(str(tmp_path / "nowhere"))
    assert code == 2 and errors.count("\n") == 1 and not printed
    assert errors.startswith(f"tfkata lab fine-tune: no folder {tmp_path / 'nowhere'}: put two class folders")
    assert "/train/<class>/* and " in errors and "--classes 2" in errors


def test_fine_tune_at_is_100_or_120(capsys):
    with pytest.raises(SystemExit):
        cli.main(["lab", "fine-tune", "data", "--fine-tune-at", "50"])
    assert "invalid choice" in capsys.readouterr().err
