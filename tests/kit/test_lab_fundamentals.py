"""`tfkata lab fundamentals`: its dry run on the stand-in data (Fashion-MNIST from a folder of its own),
the offline message, --data's folders, stub targets, the table's words translated.

The runs that need TensorFlow happen in processes forked from the engine's warm server
(tests/kit/helpers.py); the dry run starts at collection and runs beside the other tests.
"""

import gzip
import tempfile
from pathlib import Path

import numpy as np
import pytest
from helpers import Forked, dry_run_outcome, forked, lab_command
from test_lab import offline
from tfkata import cli, lab_fundamentals
from tfkata.lab_fundamentals import DataMissing, data_folders
from tfkata.paths import EXERCISES, SOLUTIONS, STUBS
from tfkata.sources import replace_function

pytestmark = pytest.mark.full  # the lab's dry run

PNG = b"\x89PNG\r\n\x1a\n"


def lab(*args: str) -> tuple[int, str, str]:
    return lab_command("fundamentals", *args)


def fashion_files(folder: Path, train: int, test: int) -> Path:
    """Fashion-MNIST's four files as Keras downloads them (and a Linux package ships them), blank images."""
    folder.mkdir(parents=True)
    names = lab_fundamentals.FASHION_FILES
    for (labels, images), count in zip((names[:2], names[2:]), (train, test)):
        with gzip.open(folder / labels, "wb") as f:
            f.write(bytes(8) + bytes(i % 10 for i in range(count)))
        with gzip.open(folder / images, "wb") as f:
            f.write(bytes(16 + 28 * 28 * count))
    return folder


DRY_RUN = {}


def start_in_background(items):
    """The dry run reads Fashion-MNIST from a folder of its own (300 + 50 images), the rest from the stand-ins."""
    root = Path(tempfile.mkdtemp(prefix="tfkata-lab-fundamentals-"))
    lab_fundamentals.make_data(root / "data")
    fashion = fashion_files(root / "fashion-mnist", 300, 50)
    DRY_RUN.update(root=root, run=Forked(lab, "--target", str(SOLUTIONS), "--data",
                                         f"{root / 'data'},fashion-mnist={fashion}", "--epochs", "1",
                                         "--out", str(root / "out"), "--verbose", "2"))


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
    for heading in ("Fashion-MNIST: 300 training and 50 test images", "IMDB: 200 training",
                    "regression (Boston housing)"):
        assert heading in printed
    # Keras' line per epoch (verbose 2): 300 images in batches of 32, 160 reviews of 512, 77 rows of 32
    assert all(progress in printed for progress in ("10/10 - ", "1/1 - ", "3/3 - "))


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
    code, printed, errors = forked(offline, "fundamentals", "--target", str(SOLUTIONS), "--out", str(tmp_path))
    assert code == 2 and errors.count("\n") == 1, errors
    assert errors == ("tfkata lab fundamentals: cannot download train-labels-idx1-ubyte.gz: put it in "
                      "~/.keras/datasets/fashion-mnist/, or use --data fashion-mnist=DIR for a folder holding it "
                      "(--data DIR: one folder for every data set)\n")


def test_data_names_a_folder_for_every_data_set_or_for_each(tmp_path):
    assert data_folders(None) == dict.fromkeys(lab_fundamentals.DATA_SETS)
    assert data_folders(tmp_path) == dict.fromkeys(lab_fundamentals.DATA_SETS, tmp_path)
    assert data_folders("fdata,fashion-mnist=/usr/share/f") == {
        "fashion_mnist": Path("/usr/share/f"), "imdb": Path("fdata"), "boston_housing": Path("fdata")}
    assert data_folders("imdb=i,boston_housing=b") == {"fashion_mnist": None, "imdb": Path("i"),
                                                       "boston_housing": Path("b")}
    odd = tmp_path / "a,b=c"  # a folder whose name looks like a list is that folder
    odd.mkdir()
    assert data_folders(str(odd)) == dict.fromkeys(lab_fundamentals.DATA_SETS, odd)
    with pytest.raises(DataMissing, match="this lab reads no data set fashion-mnist \\(its data sets: imdb\\)"):
        data_folders("fdata,fashion-mnist=x", ("imdb",))
    with pytest.raises(DataMissing, match="one folder for every data set at most"):
        data_folders("a,b")


def test_a_missing_local_file_is_named(tmp_path):
    code, _, errors = forked(lab, "--target", str(SOLUTIONS), "--data", str(tmp_path), "--out", str(tmp_path))
    assert code == 2 and errors == f"tfkata lab fundamentals: no train-labels-idx1-ubyte.gz in {tmp_path}\n"


def test_stub_target_names_every_function_not_started(run):
    data = run[4]
    code, _, errors = forked(lab, "--target", str(EXERCISES), "--data", str(data), "--out", str(data / "stub"))
    lines = errors.splitlines()
    assert code == 2 and len(lines) == 1 + len(lab_fundamentals.FUNCTIONS), errors
    assert lines[0].startswith("tfkata lab fundamentals: 7 of the functions this lab uses are not ready")
    for line, name in zip(lines[1:], lab_fundamentals.FUNCTIONS):
        assert f"not started: {name}() in " in line and f"tfkata hint fundamentals.{name}" in line


def test_a_stub_of_the_last_experiment_stops_the_lab_before_the_first_trains(run, tmp_path):
    source = replace_function((SOLUTIONS / "fundamentals.py").read_text(), "regression_model",
                              (STUBS / "fundamentals.py").read_text())
    (tmp_path / "fundamentals.py").write_text(source)
    code, printed, errors = forked(lab, "--target", str(tmp_path), "--data", str(run[4]),
                                   "--out", str(tmp_path / "out"))
    assert code == 2 and errors.count("\n") == 1, errors
    assert "not started: regression_model()" in errors and "Fashion-MNIST" not in printed


def test_the_tables_words_are_translated(monkeypatch):
    monkeypatch.setattr(lab_fundamentals, "_", lambda text: f"<{text}>")
    table = lab_fundamentals.results_table({"IMDB test accuracy": 0.5})
    assert table.splitlines()[0] == "| <measure> | <measured> | <note 003> |"
    assert table.splitlines()[2] == ("| <IMDB test accuracy> | 0.5000 | "
                                     "<not reported (二項分類: the model and its compile only)> |")
