"""The fundamentals lab: note 003's tutorial1 experiments, run with the learner's own functions.

Fashion-MNIST (Flatten, Dense(128), Dense(10)), the IMDB review classifier (Embedding,
pooling, Dense) and the regression model, each on the data set keras.datasets loads (from
its cache, downloaded, or from --data's folders: one for all, or one per data set). All
data are loaded, and all the learner's functions checked, before anything trains.
Writes an image grid and an error plot (PNG) and results.md, the measured numbers beside
the note's. Keras is imported where it is used: making the stand-in data needs no TensorFlow.
"""

from __future__ import annotations

import gzip
import os
import re
import sys
from pathlib import Path
from unittest import mock

import numpy as np

from . import toydata
from .i18n import N_, _
from .lab import learner_functions, row, shown_progress, write_results

FASHION_FILES = ("train-labels-idx1-ubyte.gz", "train-images-idx3-ubyte.gz",
                 "t10k-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz")
CLASS_NAMES = ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
               "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot")
VOCAB_SIZE = 10000  # the note's vocab_size
MAX_LENGTH = 256  # reviews padded or cut to this many words, as TensorFlow's text tutorial does
EPOCHS = {"fashion_mnist": 5, "imdb": 10, "boston_housing": 100}  # fashion_mnist: the note's fit
DATA_SETS = tuple(EPOCHS)  # keras.datasets' modules, named in --data NAME=DIR with - or _
GRID = 20  # test images in the grid
FUNCTIONS = ("scale_pixels", "sequential_model", "fit_and_evaluate", "predict_labels", "binary_classifier",
             "regression_model", "normalize_features")

# What note 003 reports for each measured number, and where: its code prints them, records none.
NOTE = {
    N_("Fashion-MNIST test accuracy"): N_("not reported (tutorial1: print('Test accuracy:', test_acc))"),
    N_("Fashion-MNIST test loss"): N_("not reported (tutorial1: model.evaluate)"),
    N_("IMDB test accuracy"): N_("not reported (二項分類: the model and its compile only)"),
    N_("regression test MAE"): N_("not reported (回帰問題: the model only; its data, Auto MPG, is not in "
                                  "keras.datasets: Boston housing prices stand in)"),
}


class DataMissing(Exception):
    """A data file could neither be found nor downloaded."""


def _shown(name: str) -> str:
    """A data set's name as --data spells it: fashion-mnist."""
    return name.replace("_", "-")


def data_folders(data, names=DATA_SETS) -> dict:
    """{data set: its folder, or None to use keras' cache or download} from --data.

    DIR serves every data set; NAME=DIR one data set alone, with or without a DIR for the others,
    comma-separated: "fdata,fashion-mnist=/usr/share/datasets/fashion-mnist".
    """
    folders = dict.fromkeys(names)
    if data is None:
        return folders
    shared = None
    for entry in [str(data)] if os.path.isdir(data) else str(data).split(","):
        name, is_named, folder = entry.partition("=")
        key = name.strip().lower().replace("-", "_")
        if is_named and re.fullmatch(r"[a-z_]+", key):
            if key not in folders:
                raise DataMissing(_("--data {entry}: this lab reads no data set {name} (its data sets: {names})")
                                  .format(entry=entry, name=name, names=", ".join(map(_shown, names))))
            folders[key] = Path(folder)
        elif shared is None:
            shared = Path(entry)
        else:
            raise DataMissing(_("--data {data}: one folder for every data set at most, and NAME=DIR for each "
                                "other (e.g. fdata,{name}=DIR)").format(data=data, name=_shown(names[0])))
    return {key: folder or shared for key, folder in folders.items()}


def _local_or_downloaded(data: Path | None, get_file, name: str):
    """keras' get_file, reading `data`/FILE instead when a local folder is given; a failure is DataMissing."""

    def fetch(fname, origin=None, cache_subdir="datasets", **kwargs):
        if data is not None:
            path = data / fname
            if not path.is_file():
                raise DataMissing(_("no {file} in {folder}").format(file=fname, folder=data))
            return str(path)
        try:
            return get_file(fname, origin=origin, cache_subdir=cache_subdir, **kwargs)
        except Exception:  # noqa: BLE001 - offline, refused, or a partial download: one line says what to do
            raise DataMissing(_("cannot download {file}: put it in {folder}, or use --data {name}=DIR for a folder "
                                "holding it (--data DIR: one folder for every data set)").format(
                file=fname, folder=Path("~/.keras", cache_subdir).as_posix() + "/", name=_shown(name))) from None

    return fetch


def load(loader, data: Path | None = None, **kwargs):
    """loader(**kwargs), a keras.datasets load_data, with its files from `data` if given."""
    module = sys.modules[loader.__module__]
    name = module.__name__.rpartition(".")[2]
    with mock.patch.object(module, "get_file", _local_or_downloaded(data, module.get_file, name)):
        return loader(**kwargs)


def make_data(root, seed: int = 0) -> Path:
    """Stand-ins for the three data sets in the files keras downloads, with their shapes and dtypes."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    for (name_labels, name_images), n, part in zip((FASHION_FILES[:2], FASHION_FILES[2:]), (600, 100), (0, 1)):
        images, labels = toydata.bright_rows(n, 10, 28, seed + part)
        with gzip.open(root / name_labels, "wb") as f:
            f.write(b"\0" * 8 + labels.astype("uint8").tobytes())
        with gzip.open(root / name_images, "wb") as f:
            f.write(b"\0" * 16 + np.clip(images * 255, 0, 255).astype("uint8").tobytes())
    rng = np.random.default_rng(seed)
    arrays = {}
    for split, n in (("train", 200), ("test", 100)):
        words, labels = toydata.word_sequences(n, VOCAB_SIZE, 40, seed + len(split))
        reviews = np.empty(n, dtype=object)  # ragged, as in imdb.npz: lists of ints
        reviews[:] = [[int(w) for w in row[:rng.integers(10, 41)]] for row in words]
        arrays.update({f"x_{split}": reviews, f"y_{split}": labels.astype("int64")})
    np.savez(root / "imdb.npz", **arrays)
    x, y = toydata.linear_targets(120, 13, seed)
    np.savez(root / "boston_housing.npz", x=x.astype("float64"), y=(22 + 3 * y).astype("float64"))
    return root


def load_all(data: dict) -> dict:
    """Each data set's ((x_train, y_train), (x_test, y_test)), from `data`'s folder for it if given."""
    import keras

    options = {"imdb": {"num_words": VOCAB_SIZE}}
    return {name: load(getattr(keras.datasets, name).load_data, data[name], **options.get(name, {}))
            for name in DATA_SETS}


def fashion_mnist(fn: dict, arrays, out: Path, epochs: int, verbose: int) -> dict:
    """tutorial1: scale, build, fit and evaluate, predict; a grid of test images."""
    from .plots import image_grid

    (x_train, y_train), (x_test, y_test) = arrays
    x_train, x_test = fn["scale_pixels"](x_train), fn["scale_pixels"](x_test)
    print("\n" + _("Fashion-MNIST: {train} training and {test} test images, {epochs} epochs").format(
        train=len(x_train), test=len(x_test), epochs=epochs))
    with shown_progress(fn["sequential_model"](), verbose) as model:
        loss, accuracy = fn["fit_and_evaluate"](model, x_train, y_train, x_test, y_test, epochs=epochs)[1:]
    predicted = np.asarray(fn["predict_labels"](model, x_test[:GRID]))
    title = N_("Fashion-MNIST: the first {count} test images, predicted class (true class)")  # plots translate it
    image_grid(x_test[:GRID], predicted, y_test[:GRID], CLASS_NAMES, title).savefig(out / "fashion_mnist.png")
    return {"Fashion-MNIST test accuracy": accuracy, "Fashion-MNIST test loss": loss}


def imdb(fn: dict, arrays, epochs: int, verbose: int) -> dict:
    """二項分類: padded reviews of the 10,000 most frequent words, into binary_classifier()."""
    import keras

    (x_train, y_train), (x_test, y_test) = arrays
    pad = keras.utils.pad_sequences
    x_train, x_test = (pad(x, maxlen=MAX_LENGTH, padding="post") for x in (x_train, x_test))
    print("\n" + _("IMDB: {train} training and {test} test reviews, {epochs} epochs").format(
        train=len(x_train), test=len(x_test), epochs=epochs))
    model = fn["binary_classifier"](VOCAB_SIZE)
    model.fit(x_train, y_train, epochs=epochs, batch_size=512, validation_split=0.2, verbose=verbose)
    accuracy = model.evaluate(x_test, y_test, return_dict=True, verbose=0)["accuracy"]
    return {"IMDB test accuracy": accuracy}


def regression(fn: dict, arrays, out: Path, epochs: int, verbose: int) -> dict:
    """回帰問題: normalised features into regression_model(); predicted against true values."""
    from .plots import regression_errors

    (x_train, y_train), (x_test, y_test) = arrays
    x_train, x_test = fn["normalize_features"](x_train, x_test)
    print("\n" + _("regression (Boston housing): {train} training and {test} test rows, {epochs} epochs").format(
        train=len(x_train), test=len(x_test), epochs=epochs))
    model = fn["regression_model"](x_train.shape[1])
    model.fit(x_train, y_train, epochs=epochs, validation_split=0.2, verbose=verbose)
    predicted = model.predict(x_test, verbose=0).reshape(-1)
    # Boston housing's targets: median home values, in thousands of dollars
    regression_errors(y_test, predicted, N_("thousands of dollars")).savefig(out / "regression.png")
    return {"regression test MAE": float(np.mean(np.abs(predicted - y_test)))}


def results_table(measured: dict) -> str:
    """A markdown table: each measured number beside what note 003 reports."""
    lines = [row(_("measure"), _("measured"), _("note {number}").format(number="003")), "|---|---|---|"]
    lines += [row(_(name), f"{value:.4f}", _(NOTE[name])) for name, value in measured.items()]
    return "\n".join(lines) + "\n"


def fundamentals(target: Path, data=None, out="lab-output", epochs: int | None = None,
                 seed: int = 42, verbose: int = 1) -> dict:
    """The three experiments with the functions of `target`; `epochs` replaces each one's default.

    `data`: --data's folders (data_folders), None for keras' cache or a download.
    """
    out, data = Path(out), data_folders(data)
    fn = learner_functions(target, "fundamentals", FUNCTIONS)
    arrays = load_all(data)
    import keras

    out.mkdir(parents=True, exist_ok=True)
    keras.utils.set_random_seed(seed)
    steps = {name: epochs or default for name, default in EPOCHS.items()}
    measured = {**fashion_mnist(fn, arrays["fashion_mnist"], out, steps["fashion_mnist"], verbose),
                **imdb(fn, arrays["imdb"], steps["imdb"], verbose),
                **regression(fn, arrays["boston_housing"], out, steps["boston_housing"], verbose)}
    write_results(out, results_table(measured), ["fashion_mnist.png", "regression.png"])
    return measured
