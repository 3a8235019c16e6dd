"""`tfkata lab`: the dry-run data, the training subset, one end-to-end run of note 001's experiment,
its offline line, and what the labs share (the check of the learner's functions).

The runs that need TensorFlow happen in processes forked from the engine's warm server
(tests/kit/helpers.py); the dry run starts at collection and runs beside the other tests.
"""

import contextlib
import io
import shutil
import tempfile
from pathlib import Path

import pytest
from helpers import Forked, forked, lab_command
from tfkata import cli, lab, lab_fundamentals
from tfkata.problems import Problem

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


def test_run_validates_on_a_quarter_of_the_test_set_and_evaluates_all_of_it(run):
    table = (run[2] / "results.md").read_text()
    # 12 test images in batches of 8: int(0.25 * 2) is 0 batches, so one
    assert table.startswith("validated each epoch on 1 of the test set's 2 batches (25%, as note 001)\n")
    assert "\nthe whole test set (2 batches) after fine-tuning: accuracy " in table


def quarters(batches: int) -> tuple[int, list, list]:
    """validation_quarter of `batches` batches of 4 numbers: (its steps, its first pass, its second pass)."""
    import tensorflow as tf

    validation, steps = lab.validation_quarter(tf.data.Dataset.range(4 * batches).batch(4))
    return steps, [b.numpy().tolist() for b in validation], [b.numpy().tolist() for b in validation]


def test_validation_takes_the_first_quarter_of_the_batches_afresh_each_epoch():
    steps, first, again = forked(quarters, 10)
    assert steps == 2 and first == again == [[0, 1, 2, 3], [4, 5, 6, 7]]  # each epoch from the start, as in TF 2
    assert forked(quarters, 3)[:2] == (1, [[0, 1, 2, 3]])  # int(0.75) batches would be none: one at least


def test_run_trains_on_the_subset(run):
    out = run[2]
    assert sorted(len(list(d.iterdir())) for d in (out / "train_50_percent").iterdir()) == [2, 2, 2]


def test_fine_tuning_continues_from_the_last_epoch(run):
    printed = run[1]
    assert [line.split()[1] for line in printed.splitlines() if line.startswith("Epoch ")] == ["2/2"]  # Keras prints no "Epoch 1/1" for a single epoch


def test_plot_is_a_png(run):
    assert (run[2] / "history.png").read_bytes().startswith(PNG)


def test_plot_marks_the_first_fine_tuning_epoch():
    history = {m: [0.5, 0.6, 0.7, 0.8] for m in lab.METRICS}
    figure = lab.phases_figure(history, epochs=2)  # epochs 1-2 extract features, 3-4 fine-tune
    for ax in figure.axes:
        lines = {line.get_label(): list(line.get_xdata()) for line in ax.lines}
        assert lines["start of fine-tuning"] == [3, 3]
        assert len(lines) == 3  # training, validation, the marker


def test_the_tables_words_are_translated(monkeypatch):
    monkeypatch.setattr(lab, "_", lambda text: f"<{text}>")
    table = lab.results_table({m: [0.5, 0.6] for m in lab.METRICS}, epochs=1)
    assert table.startswith("| <phase> | <epochs> | accuracy |")
    assert "| <feature extraction> | 1-1 |" in table and "| <fine-tuning> | 2-2 |" in table


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


def offline(kind: str, *args: str) -> tuple[int, str, str]:
    """`tfkata lab KIND ARGS` with an empty keras cache, where every download fails as it does without a network."""
    import tempfile

    from keras.src.backend import config
    from keras.src.utils import file_utils

    def no_network(*args, **kwargs):
        raise Exception("URL fetch failure: no network")  # what get_file raises for a URLError

    file_utils.urlretrieve = no_network
    config._KERAS_DIR = tempfile.mkdtemp(prefix="tfkata-keras-home-")
    return lab_command(kind, *args)


def test_offline_imagenet_weights_are_one_line_naming_the_file_and_where_it_goes(tmp_path):
    lab.make_data(tmp_path / "data", classes=2, per_class=2, size=32)
    code, _, errors = forked(offline, "transfer", str(tmp_path / "data"), "--image-size", "32",
                             "--out", str(tmp_path / "out"))
    assert code == 2 and errors == (
        "tfkata lab: cannot download the pretrained weights efficientnetb0_notop.h5: put the file at "
        "~/.keras/models/efficientnetb0_notop.h5 (Keras' cache), or use --weights none (random weights)\n")


def test_a_functions_source_tells_a_stub(tmp_path):
    import importlib.util

    (tmp_path / "module.py").write_text(
        "def stub(x):\n    \"\"\"Do it.\"\"\"\n    # your code here\n    raise NotImplementedError\n\n"
        "def with_a_message():\n    raise NotImplementedError('do me')\n\n"
        "def done_above_it():\n    return 1\n    raise NotImplementedError\n\n"
        "def only_sometimes(x):\n    if x:\n        raise NotImplementedError\n    return x\n")
    spec = importlib.util.spec_from_file_location("tfkata_selftest_stubs", tmp_path / "module.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    found = {name: lab._still_a_stub(getattr(module, name))
             for name in ("stub", "with_a_message", "done_above_it", "only_sometimes")}
    assert found == {"stub": True, "with_a_message": True, "done_above_it": False, "only_sometimes": False}


def test_a_module_that_does_not_import_is_said_once(tmp_path):
    (tmp_path / "fundamentals.py").write_text("def scale_pixels(:\n")
    with pytest.raises(Problem) as raised:
        lab.learner_functions(tmp_path, "fundamentals", lab_fundamentals.FUNCTIONS)
    assert str(raised.value).count("does not import") == 1
