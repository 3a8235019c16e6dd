"""`tfkata lab fundamentals`: its dry run on the stand-in data, the offline message, a stub target.

The runs that need TensorFlow happen in processes forked from the engine's warm server
(tests/kit/helpers.py); the dry run starts at collection and runs beside the other tests.
"""

import gzip
import tempfile
from pathlib import Path

import numpy as np
import pytest
from helpers import Forked, dry_run_outcome, forked, lab_command
from tfkata import cli, lab_fundamentals
from tfkata.paths import EXERCISES, SOLUTIONS

pytestmark = pytest.mark.full  # the lab's dry run

PNG = b"\x89PNG\r\n\x1a\n"


def lab(*args: str) -> tuple[int, str, str]:
    return lab_command("fundamentals", *args)


def offline_lab(*args: str) -> tuple[int, str, str]:
    """lab(ARGS) with an empty keras cache, where every download fails as it does without a network."""
    from keras.src.backend import config
    from keras.src.utils import file_utils

    def no_network(*args, **kwargs):
        raise Exception("URL fetch failure: no network")  # what get_file raises for a URLError

    file_utils.urlretrieve = no_network
    config._KERAS_DIR = tempfile.mkdtemp(prefix="tfkata-keras-home-")
    return lab(*args)


DRY_RUN = {}


def start_in_background(items):
    root = Path(tempfile.mkdtemp(prefix="tfkata-lab-fundamentals-"))
    lab_fundamentals.make_data(root / "data")
    DRY_RUN.update(root=root, run=Forked(lab, "--target", str(SOLUTIONS), "--data", str(root / "data"),
                                         "--epochs", "1", "--out", str(root / "out"), "--verbose", "2"))


@pytest.fixture(scope="module")
def run():
    """(exit code, stdout, stderr, output folder, data folder) of the dry run."""
    yield from dry_run_outcome(DRY_RUN, start_in_background)


def test_stand_ins_have_the_real_files_shapes_and_dtypes(tmp_path, capsys):
    assert cli.main(["lab", "make-data", "--kind", "fundamentals", str(tmp_path)]) == 0
    assert f"--data {tmp_path}" in capsys.readouterr().out
    root = tmp_path
    with gzip.open(root / "t10k-images-idx3-ubyte.gz") as images, gzip.open(root / "t10k-labels-idx1-ubyte.gz") as labels:
        pixels = np.frombuffer(images.read(), np.uint8, offset=16)
        classes = np.frombuffer(labels.read(), np.uint8, offset=8)
    assert pixels.size == 28 * 28 * classes.size and set(classes) == set(range(10))
    with np.load(root / "boston_housing.npz") as boston:
        assert boston["x"].shape[1] == 13 and boston["x"].dtype == boston["y"].dtype == np.float64
    with np.load(root / "imdb.npz", allow_pickle=True) as imdb:
        assert imdb["x_train"].dtype == object and all(isinstance(w, int) for w in imdb["x_train"][0])
        assert set(imdb["y_test"]) == {0, 1}


def test_dry_run_trains_all_three_and_prints_progress(run):
    code, printed, errors = run[:3]
    assert code == 0, errors
    for heading in ("Fashion-MNIST: 600 training", "IMDB: 200 training", "regression (Boston housing)"):
        assert heading in printed
    assert printed.count("1/1 - ") + printed.count("19/19 - ") >= 2  # Keras' line per epoch (verbose 2)


def test_dry_run_writes_the_plots_and_the_table(run):
    printed, out = run[1], run[3]
    for name in ("fashion_mnist.png", "regression.png"):
        assert (out / name).read_bytes().startswith(PNG)
    table = (out / "results.md").read_text(encoding="utf-8")
    assert table in printed
    rows = {line.split(" | ")[0].strip("| "): line.split(" | ")[1:] for line in table.splitlines()[2:]}
    assert set(rows) == set(lab_fundamentals.NOTE)
    for measured, note in rows.values():
        assert float(measured) >= 0 and note.startswith("not reported")


def test_offline_says_which_file_to_put_where(tmp_path):
    code, printed, errors = forked(offline_lab, "--target", str(SOLUTIONS), "--out", str(tmp_path))
    assert code == 2 and errors.count("\n") == 1, errors
    assert errors == ("tfkata lab fundamentals: cannot download train-labels-idx1-ubyte.gz: put it in "
                      "~/.keras/datasets/fashion-mnist/ (or use --data PATH)\n")


def test_a_missing_local_file_is_named(tmp_path):
    code, _, errors = forked(lab, "--target", str(SOLUTIONS), "--data", str(tmp_path), "--out", str(tmp_path))
    assert code == 2 and errors == f"tfkata lab fundamentals: no train-labels-idx1-ubyte.gz in {tmp_path}\n"


def test_stub_target_names_the_exercise_to_do_first(run):
    data = run[4]
    code, _, errors = forked(lab, "--target", str(EXERCISES), "--data", str(data), "--out", str(data / "stub"))
    assert code == 2 and errors.count("\n") == 1, errors
    assert "scale_pixels()" in errors and "tfkata hint fundamentals.scale_pixels" in errors
