"""Graders for the data section (note 003 tutorial3; notes 002 and 004).

Every data set is written into a temporary folder: class folders of PNG files,
CSV and JSON files. Images are matched to their files by their pixels.
"""

import contextlib
import os
from pathlib import Path
from unittest import mock

import keras
import numpy as np
import pytest
import tensorflow as tf
from tfkata import checks, remote, toydata
from tfkata.i18n import N_, _
from tfkata.problems import Mistake

exercise = pytest.mark.exercise
SIZE = (12, 16)  # (height, width): not square, so swapped sizes show


# ------------------------------------------------------------ image folders

def _key(image) -> bytes:
    """An image's identity: its pixels as 0..255 integers."""
    return np.rint(np.asarray(image, dtype="float32")).astype("uint8").tobytes()


def _folder_truth(root, classes):
    """pixels -> (class index, file name) for every PNG; classes numbered in sorted order."""
    truth = {}
    for index, name in enumerate(sorted(classes)):
        for path in sorted((root / name).glob("*.png")):
            truth[_key(tf.io.decode_png(tf.io.read_file(str(path)), channels=3))] = (index, path.name)
    return truth


def _image_batches(dataset, what, batch_size, scale=1.0):
    """[(pixel key, label)] of a dataset of (images, labels) batches, its batches checked."""
    checks.expect_dataset(dataset, what)
    batches = checks.elements_of(dataset)
    checks.expect_pairs(batches, _("{what}: each batch").format(what=what))
    sizes = [len(images) for images, _ in batches]
    checks.expect_batch_sizes(sizes, sum(sizes), batch_size)
    shape = batches[0][0].shape[1:]
    if shape != (*SIZE, 3):
        raise Mistake(_("{what}: image shape").format(what=what), shape, (*SIZE, 3),
                      _("pass image_size=image_size to the loader"))
    dtype = np.asarray(batches[0][0]).dtype
    if dtype != np.float32:
        raise Mistake(_("{what}: image dtype").format(what=what), dtype.name, "float32",
                      _("keep the images float32, as the loader gives them: {dtype} changes their values").format(
                          dtype=dtype.name))
    return [(_key(image * scale), label) for images, labels in batches for image, label in zip(images, labels)]


def _expect_pixel_range(images, truth, what, why):
    """The darkest and brightest pixels of ``images`` are the files' own divided by 255."""
    low = min(int(np.frombuffer(key, "uint8").min()) for key in truth)
    high = max(int(np.frombuffer(key, "uint8").max()) for key in truth)
    found = float(np.min(images)), float(np.max(images))
    if not np.allclose(found, (low / 255, high / 255), atol=1e-6):  # one float32 step of 1.0 passes, float16's not
        raise Mistake(_("{what}: pixels").format(what=what),
                      _("{low} to {high}").format(low=f"{found[0]:.7g}", high=f"{found[1]:.7g}"),
                      _("{low} to {high} (the files' {low_pixel} to {high_pixel}, / 255)").format(
                          low=f"{low / 255:.7g}", high=f"{high / 255:.7g}", low_pixel=low, high_pixel=high), why)


def _wide_image() -> np.ndarray:
    """An image twice as wide as SIZE: red on its left quarter, blue on its right, green between, each pixel
    with some noise of its own: squeezed to SIZE, red and blue stay at its edges, and pixels between two
    columns come out fractional; cropped to SIZE's shape, only green is left."""
    image = np.random.default_rng(5).integers(0, 60, (SIZE[0], 2 * SIZE[1], 3)).astype("uint8")
    quarter = SIZE[1] // 2
    image[:, :quarter, 0] = image[:, quarter:-quarter, 1] = image[:, -quarter:, 2] = 255
    return image


def _wide_folders(root) -> Path:
    """Two class folders of three _wide_image()s each."""
    root = Path(root)
    for name in ("cats", "dogs"):
        (root / name).mkdir(parents=True)
        for number in range(3):
            tf.io.write_file(str(root / name / f"wide{number}.png"), tf.io.encode_png(_wide_image()))
    return root


def _expect_whole(images, what, scale: float | None = None) -> None:
    """Each image from _wide_folders squeezed whole into its size, not cropped to its shape; with ``scale``, its
    pixels the file's resized (bilinear, or nearest as flow_from_directory does) times ``scale``, unrounded."""
    for image in np.asarray(images, "float32"):
        if not image[0].any() or not image[-1].any():  # every pixel of the file has a channel at 255
            raise Mistake(_("{what}: an image twice as wide as image_size").format(what=what),
                          _("shrunk whole, with black bars above and below"), _("the whole image, squeezed to image_size"),
                          _("resize each image to image_size itself: pad_to_aspect_ratio keeps its shape and fills "
                            "the rest with black"))
        edges = int(np.argmax(image[:, 0].mean(axis=0))), int(np.argmax(image[:, -1].mean(axis=0)))
        if edges != (0, 2):
            raise Mistake(_("{what}: an image twice as wide as image_size").format(what=what),
                          _("its middle only, cropped"), _("the whole image, squeezed to image_size"),
                          _("resize each image whole to image_size, as flow_from_directory does: "
                            "crop_to_aspect_ratio and keep_aspect_ratio cut its sides off"))
        if scale is None:
            continue
        resized = [np.asarray(tf.image.resize(_wide_image(), SIZE, method)) * scale for method in ("bilinear", "nearest")]
        if not any(np.allclose(image, want, atol=scale / 10) for want in resized):
            at = np.unravel_index(int(np.abs(image - resized[0]).argmax()), image.shape)
            raise Mistake(_("{what}: a pixel of a resized image").format(what=what), f"{image[at]:.4f}",
                          f"{resized[0][at]:.4f}",
                          _("scale the resized pixels as they come: a cast to an integer type first rounds away "
                            "what resizing gives between two pixels"))


def _expect_labels(found, truth, label_mode, classes, what, pixels=None):
    """Every image is a known file, labelled with its folder's sorted index, written as label_mode says."""
    for key, label in found:
        if key not in truth:
            raise Mistake(what, _("an image that is none of the files"), _("the files' own pixels"),
                          pixels or _("the files' pixels as they are: no rescaling or augmentation here"))
        index, name = truth[key]
        want = {"int": np.int64(index), "binary": np.array([index], "float32"),
                "categorical": np.eye(len(classes), dtype="float32")[index]}[label_mode]
        if np.asarray(label).dtype.kind != np.asarray(want).dtype.kind:
            raise Mistake(_("{what}: labels' type").format(what=what), np.asarray(label).dtype.name,
                          "int32" if label_mode == "int" else "float32",
                          _('keep the labels as label_mode="{label_mode}" writes them: no cast').format(
                              label_mode=label_mode))
        if np.shape(label) != np.shape(want) or not np.allclose(label, want):
            raise Mistake(_("{what}: label of {name}").format(what=what, name=name), label, want,
                          _('labels come from the folder names in sorted order, written as '
                            'label_mode="{label_mode}"').format(label_mode=label_mode))


def _expect_validation_files(folder, truth, validation, seed):
    """The validation part holds the files the loader keeps for validation with this seed."""
    seeded = keras.utils.image_dataset_from_directory(str(folder), validation_split=0.2, subset="validation",
                                                      seed=seed, image_size=SIZE, verbose=False)
    want = sorted(Path(path).name for path in seeded.file_paths)
    found = sorted(truth[key][1] for key, _ in validation)
    if found != want:
        raise Mistake(_("validation files (seed={seed})").format(seed=seed), ", ".join(found), ", ".join(want),
                      _("pass seed=seed to both calls, as it is (0 too): the files are shuffled with it, then split"))


@exercise("data.load_split")
@pytest.mark.parametrize("label_mode", ["int", "categorical", "binary"])
def test_load_split(learner, tmp_path, label_mode):
    classes = ("dogs", "cats") if label_mode == "binary" else ("zebra", "ant", "moth")
    # 12 files: 20% keeps 2 for validation where 10%, 25% or 30% keep 1 or 3; 10 left in batches of 4 leave 2
    truth = _folder_truth(toydata.image_folders(tmp_path, classes, per_class=12 // len(classes), size=SIZE), classes)
    result = learner(str(tmp_path), image_size=SIZE, batch_size=4, label_mode=label_mode, seed=7)
    result = checks.expect_tuple(result, "(train_dataset, validation_dataset)",
                                 _('call the loader twice, subset="training" then subset="validation"'))
    train, validation = (_image_batches(part, name, 4) for part, name in zip(result, (_("training"), _("validation"))))
    for part, name in ((train, _("training")), (validation, _("validation"))):
        _expect_labels(part, truth, label_mode, classes, name)
    shared = {key for key, _ in train} & {key for key, _ in validation}
    if shared:
        found = _("{count} images in both parts") if len(shared) > 1 else _("{count} image in both parts")
        raise Mistake(_("split"), found.format(count=len(shared)), _("no image in both"),
                      _("give both calls the same seed and validation_split: the files are shuffled with the seed, "
                        "then split"))
    counts = len(train), len(validation)
    if counts != (len(truth) - len(truth) // 5, len(truth) // 5):
        raise Mistake(_("split sizes"), counts, (len(truth) - len(truth) // 5, len(truth) // 5),
                      _("validation_split=0.2 keeps 20% for validation, and the two parts hold every file once"))
    _expect_validation_files(tmp_path, truth, validation, seed=7)
    if label_mode == "int":  # batches of one: the 2 validation images in 2 batches, as the training ones; seed 0
        parts = learner(str(tmp_path), image_size=SIZE, batch_size=1, label_mode=label_mode, seed=0)
        sizes = [[len(x) for x, _ in checks.elements_of(part)] for part in parts]
        if any(size != 1 for part in sizes for size in part):
            raise Mistake(_("batch sizes with batch_size=1 (training, validation)"),
                          tuple(sorted(set(part)) for part in sizes), ([1], [1]), _("give both calls batch_size=batch_size: the validation part "
                                                        "comes in the batches asked for too") if set(sizes[0]) == {1}
                          else _("pass batch_size=batch_size to the loader"))
        _expect_validation_files(tmp_path, truth, _image_batches(parts[1], _("validation"), 1), seed=0)
    wide = learner(str(_wide_folders(tmp_path / "wide")), image_size=SIZE, batch_size=4, label_mode=label_mode, seed=7)
    _expect_whole(np.concatenate([x for part in wide for x, _ in checks.elements_of(part)]), _("training"), scale=1.0)
    shape = tuple(wide[0].element_spec[1].shape[1:])  # two classes: the labels still as label_mode says
    if shape != {"int": (), "categorical": (2,), "binary": (1,)}[label_mode]:
        raise Mistake(_("label shape of two classes with label_mode={mode}").format(mode=repr(label_mode)), shape,
                      {"int": (), "categorical": (2,), "binary": (1,)}[label_mode],
                      _("pass label_mode through as it is given, whatever the number of classes"))


def _expect_flow(generator, tmp_path) -> None:
    """The flow note 004 asks for: the folder's classes and images, binary labels, the size and batch given."""
    want = _reference_generator(tmp_path)
    for what, found, expected, why in (
        (_("classes"), generator.class_indices, want.class_indices,
         _("classes come from the folder names, in sorted order (flow_from_directory sorts them): "
           "os.listdir's order is the file system's")),
        (_("images found"), generator.samples, want.samples, _("flow from the folder you were given")),
        ("class_mode", generator.class_mode, "binary", _('note 004 uses class_mode="binary": one 0/1 label per image')),
        (_("image shape"), generator.image_shape, want.image_shape, _("pass target_size=image_size")),
        (_("batch size"), generator.batch_size, 4, _("pass batch_size=batch_size")),
        ("keep_aspect_ratio", getattr(generator, "keep_aspect_ratio", False), False,
         _("resize each image whole to target_size: keep_aspect_ratio=True cuts its sides off")),
        ("dtype", str(getattr(generator, "dtype", want.dtype)), str(want.dtype),
         _("leave dtype at its default: half precision rounds the pixels (165 / 255 gives 0.647, not 0.6470588)")),
    ):
        if found != expected:
            raise Mistake(what, found, expected, why)


def _reference_generator(root):
    """Note 004's deprecated loader, as the grader's yardstick."""
    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)
    return datagen.flow_from_directory(str(root), target_size=SIZE, batch_size=4, class_mode="binary", shuffle=False)


NO_NORMALISATION = N_("rescale=1.0/255 alone scales the pixels to [0, 1]: note 004 does no centring, standardising "
                      "or whitening")
# ImageDataGenerator's normalisations, each off; whitening and the std ones first, as they switch a centring on too
UNNORMALISED = {name: (False, NO_NORMALISATION) for name in (
    "zca_whitening", "featurewise_std_normalization", "samplewise_std_normalization", "featurewise_center",
    "samplewise_center")}


def _expect_settings(datagen, settings) -> None:
    """Each ImageDataGenerator attribute of ``settings`` (name: (value, why)) holds its value."""
    for name, (want, why) in settings.items():
        found = getattr(datagen, name, None)
        if found is None or want is None:
            same = found is want
        else:
            same = np.allclose(np.asarray(found, "float64"), np.asarray(want, "float64"))
        if not same:
            shown = [round(float(v), 4) for v in found] if isinstance(found, (list, tuple, np.ndarray)) else found
            raise Mistake(f"ImageDataGenerator {name}", shown, want, _(why))


def _legacy_flow(learner, tmp_path, monkeypatch, how):
    """The learner's iterator over two class folders that the file system lists backwards (wolves before foxes)."""
    checks.list_in_reverse(monkeypatch, by_name=True, learner=learner)
    generator = learner(str(tmp_path), image_size=SIZE, batch_size=4)
    if isinstance(generator, tf.data.Dataset) or not hasattr(generator, "image_data_generator"):
        raise Mistake(_("returned value"), type(generator).__name__, _("the iterator flow_from_directory returns"),
                      how)
    return generator


@exercise("data.legacy_generator")
def test_legacy_generator(learner, tmp_path, monkeypatch):
    classes = ("Wolves", "foxes")  # not the docstring's example; sorted, "Wolves" < "foxes" (not by str.lower)
    truth = _folder_truth(toydata.image_folders(tmp_path, classes, per_class=5, size=SIZE), classes)
    files = sorted(tmp_path.rglob("*"))
    generator = _legacy_flow(learner, tmp_path, monkeypatch,
                             _("this exercise is the legacy route: "
                               "ImageDataGenerator(rescale=1/255).flow_from_directory(...)"))
    _expect_settings(generator.image_data_generator, UNNORMALISED)
    _expect_flow(generator, tmp_path)
    batches = [generator[index] for index in range(len(generator))]
    added = sorted(set(tmp_path.rglob("*")) - set(files))
    if added:
        raise Mistake(_("the folder given, after reading its batches"), _("{count} new files ({name}, ...)").format(
                          count=len(added), name=added[0].name), _("its own files only"),
                      _("a loader reads the folder and writes nothing to it: save_to_dir is for looking at augmented "
                        "images once, elsewhere"))
    _expect_pixel_range(np.concatenate([images for images, _ in batches]), truth, _("generator"),
                      _("ImageDataGenerator(rescale=1.0 / 255) scales pixels to [0, 1]: 255 becomes 1.0"))
    found = [(_key(image * 255.0), np.reshape(label, (1,))) for images, labels in batches
             for image, label in zip(images, labels)]
    _expect_labels(found, truth, "binary", classes, _("generator"),
                   pixels=_("rescale=1.0 / 255 and nothing else: no augmentation arguments here"))


@exercise("data.modern_loader")
def test_modern_loader(learner, tmp_path, monkeypatch):
    classes = ("wolves", "foxes")  # not the docstring's example
    # 12 images in batches of 4: the two parts of a validation split put together come in 4, 4, 2 and 2
    truth = _folder_truth(toydata.image_folders(tmp_path, classes, per_class=6, size=SIZE), classes)
    checks.list_in_reverse(monkeypatch, by_name=True, learner=learner)  # the classes still in sorted order
    dataset = learner(str(tmp_path), image_size=SIZE, batch_size=4)
    checks.expect_in_order(dataset, _("returned dataset"))  # first: a step out of order shows in the batches too
    found = _image_batches(dataset, _("returned dataset"), 4, scale=255.0)
    label = dataset.element_spec[1].dtype
    if label != tf.float32:
        raise Mistake(_("labels dtype"), label.name, "float32",
                      _("keep the labels as label_mode='binary' gives them: 0.0 or 1.0, float32, as "
                        "flow_from_directory's class_mode='binary' did"))
    images = np.concatenate([x for x, _ in checks.elements_of(dataset)])
    _expect_pixel_range(images, truth, _("returned dataset"),
                      _("image_dataset_from_directory has no rescale: map through keras.layers.Rescaling(1/255)"))
    legacy = _reference_generator(tmp_path)
    if len(found) != legacy.samples:
        raise Mistake(_("images"), len(found), _("{count}, as flow_from_directory found").format(count=legacy.samples),
                      _("read the whole folder: no validation_split here"))
    _expect_labels(found, truth, "binary", sorted(legacy.class_indices), _("returned dataset"),
                   pixels=_("divide by 255 and nothing else: augmentation belongs in the model, not the loader"))
    wide = learner(str(_wide_folders(tmp_path / "wide")), image_size=SIZE, batch_size=4)
    _expect_whole(np.concatenate([x for x, _ in checks.elements_of(wide)]), _("returned dataset"), scale=1 / 255)


# ------------------------------------------------------------ pipeline speed

def _noisy_source(n, first=0):
    """(feature, label) examples labelled ``first`` onwards, each feature the label plus noise drawn afresh at every
    read from 'disk' (a pipeline of TensorFlow's own ops: judged apart, it crosses whole): a cached example reads
    the same twice."""
    @tf.autograph.experimental.do_not_convert
    def load(i, drawn):
        return tf.reshape(tf.cast(i, tf.float32) + tf.cast(drawn % 1000, tf.float32) / 1e6, (1,)), i

    noise = tf.data.Dataset.random(seed=5, rerandomize_each_iteration=True)
    return tf.data.Dataset.zip(tf.data.Dataset.range(first, first + n), noise).map(load)


@exercise("data.fast_pipeline")
def test_fast_pipeline(learner):
    # 23 examples in batches of 5: a dropped remainder shows; a buffer of 3 is far smaller than the data
    dataset = checks.expect_dataset(learner(_noisy_source(23), batch_size=5, shuffle_buffer=3))
    epochs = [checks.elements_of(dataset) for _ in range(2)]
    checks.expect_pairs(epochs[0])
    checks.expect_batch_sizes([len(y) for _, y in epochs[0]], 23, 5)
    orders = [np.concatenate([y for _, y in epoch]).tolist() for epoch in epochs]
    if sorted(orders[0]) != list(range(23)):
        raise Mistake(_("examples"), _("{count} per epoch").format(count=len(orders[0])), _("each of the 23 once"),
                      _("keep every example: shuffle, do not drop or repeat"))
    read = [{int(label): float(feature) for x, y in epoch for feature, label in zip(np.ravel(x), np.ravel(y))}
            for epoch in epochs]
    again = sum(read[0][label] != read[1].get(label) for label in read[0])
    if again:
        raise Mistake(_("reads"), _("{count} examples read again in the second epoch").format(count=again),
                      _("none: the second epoch comes from the cache"),
                      _("call .cache() first: later epochs replay the examples from memory"))
    checks.expect_shuffled([y for _, y in epochs[0]], buffer=3)
    if orders[0] == orders[1]:
        raise Mistake(_("order"), _("the same in both epochs"), _("a new order every epoch"),
                      _("cache before shuffle: a shuffle before the cache is frozen into it"))
    checks.expect_prefetched(dataset)
    unknown = _noisy_source(7, first=100).filter(lambda feature, label: True)  # its length unknown, as a generator's
    other = checks.expect_dataset(learner(unknown, batch_size=5, shuffle_buffer=3))
    labels = sorted(np.concatenate([y for _, y in checks.elements_of(other)]).tolist())
    if labels != list(range(100, 107)):
        raise Mistake(_("a second pipeline's examples"), labels[:8], list(range(100, 107)),
                      _("each pipeline caches its own examples: .cache() with no file keeps them in memory, while a "
                        "cache file already written is replayed by the next pipeline that names it"))


# ------------------------------------------------------------ CSV and JSON

NAMES = ["height", "weight", "age"]


def _read(learner, *args, label_name=None, **kwargs):
    """The learner's dataset (label_name passed only when given); a hard-coded 'label' column is that lesson."""
    try:
        return learner(*args, **kwargs) if label_name is None else learner(*args, label_name=label_name, **kwargs)
    except Exception as raised:  # the kit wraps the learner's own error (its cause here, or named when judged apart)
        error = raised.__cause__
        found = f"{type(error).__name__}: {error}" if error else str(raised).splitlines()[0].split(" raised ", 1)[-1]
        if (label_name not in (None, "label") and {"KeyError", "ValueError"} & set(remote.raised(raised))
                and "'label'" in found):
            raise Mistake(_("label column"), found, repr(label_name),
                          _("this file's label column is {label}: read the column that label_name names").format(
                              label=repr(label_name))) from None
        raise


def _expect_examples(dataset, what):
    """An unbatched dataset of (float32 features vector, integer label)."""
    checks.expect_dataset(dataset, what)
    features, label = dataset.element_spec if isinstance(dataset.element_spec, tuple) else (dataset.element_spec, None)
    if label is None:
        raise Mistake(_("{what}: each element").format(what=what), type(features).__name__,
                      _("a (features, label) pair"),
                      _("make each example a pair: from_tensor_slices((features, labels))"))
    if features.dtype != tf.float32 or not label.dtype.is_integer:
        raise Mistake(_("{what}: dtypes").format(what=what), f"({features.dtype.name}, {label.dtype.name})",
                      _("(float32, an integer type)"),
                      _("features as float32 (what Keras layers use), the class label as an integer"))
    if (features.shape.rank, label.shape.rank) != (1, 0):
        raise Mistake(_("{what}: shapes").format(what=what), f"({features.shape}, {label.shape})",
                      _("((features,), ()): one example each"),
                      _("unbatched: each element is one example, a vector of features and one integer label"))


def _expect_table(dataset, records, names, what=None, label="label"):
    """(float32 features in ``names`` order, integer label) for each record, in order."""
    what = what or _("returned dataset")
    _expect_examples(dataset, what)
    elements = checks.elements_of(dataset)

    def features(row):
        return np.array([float(records[row][n] or 0.0) for n in names])

    if len(elements) < len(records) and all(np.allclose(x, features(row)) and y == records[row][label]
                                            for row, (x, y) in enumerate(elements)):
        raise Mistake(_("{what}: examples").format(what=what), len(elements), len(records),
                      _("the last rows are missing: read the file to its end (a last line without a newline after "
                        "it is a row too)"))
    if len(elements) != len(records):
        raise Mistake(_("{what}: examples").format(what=what), len(elements), len(records),
                      _("one example per row that has a label; by this exercise's rule, rows without a label "
                        "are dropped"))
    for row, (x, y) in enumerate(elements):
        want = features(row)
        if np.shape(x) != want.shape or not np.allclose(x, want, equal_nan=False):
            found = np.round(np.asarray(x, "float64"), 4).tolist()
            why = (_("by this exercise's rule a missing feature becomes 0.0, not NaN") if np.isnan(x).any()
                   else _("the features are {names}, in that order, without the label").format(names=", ".join(names)))
            raise Mistake(_("{what}: features of example {row}").format(what=what, row=row), found,
                          want.round(4).tolist(), why)
        if y != records[row][label]:
            raise Mistake(_("{what}: label of example {row}").format(what=what, row=row), y, records[row][label],
                          _("take the label from the {label} column").format(label=repr(label)))


@exercise("data.csv_dataset")
@pytest.mark.parametrize("case", ["label-inside", "one-row"])
def test_csv_dataset(learner, tmp_path, case):
    if case == "label-inside":  # a missing feature, a row without a label, the default label_name
        records = toydata.table_records(10, NAMES)
        records[2]["weight"] = None
        records[6]["label"] = records[7]["label"] = None  # two rows without a label, one after the other
        records[9] = dict(records[4])  # a row again: still an example of its own
        records[3]["age"] = records[3]["label"]  # a feature that holds the label's value, written alike
        records[1]["height"], records[5]["weight"] = 0.125, ".5"  # three decimals; a number as CSV may write it
        path = toydata.write_csv(tmp_path / "people.csv", records, ["height", "label", "weight", "age"])
        dataset = _read(learner, str(path))
        _expect_table(dataset, [r for r in records if r["label"] is not None], NAMES)
        label = dataset.element_spec[1].dtype
        if label not in (tf.int32, tf.int64):
            raise Mistake(_("label dtype"), label.name, _("int32 or int64"),
                          _("a label is a class number in an int32 or int64: a smaller type wraps round "
                            "past its largest value"))
        later = toydata.table_records(4, NAMES, seed=9)  # the same file written again: read anew
        toydata.write_csv(path, later, ["height", "label", "weight", "age"])
        again = _read(learner, str(path))
        count = len(checks.elements_of(again))
        if count == len(checks.elements_of(dataset)) != len(later):
            raise Mistake(_("the file read again after it changed"),
                          _("{count} examples, as it held before").format(count=count),
                          _("its {count} new rows").format(count=len(later)),
                          _("read the file at each call: a cache keyed on its path keeps what it held then"))
        _expect_table(again, later, NAMES, _("the file read again after it changed"))
    else:  # one row; the label first and named otherwise, inside a feature's name; the last field empty; no newline
        names = ["age", "subspecies", "weight"]
        records = toydata.table_records(1, names, seed=4, label="species")
        records[0]["weight"] = None
        path = toydata.write_csv(tmp_path / "one.csv", records, ["species", *names])
        path.write_text(path.read_text().rstrip("\n"))  # no newline after the last row
        _expect_table(_read(learner, str(path), label_name="species"), records, names, label="species")


@exercise("data.json_dataset")
@pytest.mark.parametrize("lines", [False, True], ids=["array", "json-lines"])
def test_json_dataset(learner, tmp_path, lines):
    label = "species" if lines else "label"
    records = toydata.table_records(8, NAMES, seed=1, label=label)
    records[6] = dict(records[2])  # an example twice: still two examples
    shuffled = [dict(reversed(r.items())) if i % 2 else r for i, r in enumerate(records)]
    folder = tmp_path / "jsonl.exports"  # a folder's name is no extension: only the file's ending tells
    folder.mkdir()
    path = toydata.write_json(folder / ("people.jsonl" if lines else "people.json"), shuffled, lines=lines)
    names = ["weight", "age", "height"]  # neither sorted nor the keys' order
    _expect_table(_read(learner, str(path), names, label_name=label if lines else None), records, names, label=label)
    if lines:  # and as most editors save it: a newline after the last line
        path.write_text(path.read_text() + "\n")
        _expect_table(_read(learner, str(path), names, label_name=label), records, names, label=label)
    _expect_table(_read(learner, str(path), ["age"], label_name=label if lines else None), records, ["age"],
                  label=label)  # one feature: still a vector of one


@exercise("data.combine_sources")
@pytest.mark.parametrize("case", ["concatenated", "mixed", "mixed-uneven"])
def test_combine_sources(learner, tmp_path, case):
    # mixed: 60 + 60, so a random mix almost never keeps one source whole before the other, and the mean
    # positions of the two sources' examples differ by at most ~42 (48: never in 300 000 mixes), while a small
    # shuffle buffer after concatenating keeps them over 50 apart;
    # mixed-uneven: 3 + 30, so a mix that stops at the first empty source almost never yields all 33
    sizes = {"concatenated": (6, 4), "mixed": (60, 60), "mixed-uneven": (3, 30)}[case]  # uneven: the second longer
    label = "label" if case == "concatenated" else "species"
    first = toydata.table_records(sizes[0], NAMES, seed=2, label=label)
    second = toydata.table_records(sizes[1], NAMES, seed=3, label=label)
    csv_path = toydata.write_csv(tmp_path / "a.csv", first, [*NAMES, label])
    json_path = toydata.write_json(tmp_path / "b.json", [dict(reversed(r.items())) for r in second])
    if case == "concatenated":
        _expect_table(_read(learner, str(csv_path), str(json_path), NAMES), first + second, NAMES,
                      _("concatenated dataset"))
        return
    dataset = _read(learner, str(csv_path), str(json_path), NAMES, label_name=label, mixed=True)
    _expect_examples(dataset, _("mixed dataset"))
    rows = [tuple(round(float(v), 2) for v in x) + (int(y),) for x, y in checks.elements_of(dataset)]
    want = [tuple(r[n] for n in NAMES) + (r[label],) for r in first + second]
    if sorted(rows) != sorted(want):
        raise Mistake(_("mixed dataset"), _("{count} examples").format(count=len(rows)),
                      _("the {count} examples of both files, each once").format(count=len(want)),
                      _("keep going when one source runs out (stop_on_empty_dataset=False)"))
    from_csv = set(want[:len(first)])
    sources = [row in from_csv for row in rows]
    runs = 1 + sum(a != b for a, b in zip(sources, sources[1:]))
    apart = abs(np.mean(np.flatnonzero(sources)) - np.mean(np.flatnonzero(np.logical_not(sources))))
    if case == "mixed" and runs > 2 and apart > 48:
        raise Mistake(_("mixed dataset"), _("the CSV examples at mean position {csv}, the JSON ones at {json}").format(
                          csv=f"{np.mean(np.flatnonzero(sources)):.0f}",
                          json=f"{np.mean(np.flatnonzero(np.logical_not(sources))):.0f}"),
                      _("the two sources mixed from the first batch to the last"),
                      _("a shuffle of the concatenation, with a buffer smaller than the data, keeps the first file "
                        "first: sample_from_datasets([first, second]) draws from both all along"))
    if case == "mixed" and runs <= 2:  # not 3 + 30: a right mix draws the 3 first once in 8 (seed=42 does)
        blocks = (_("every CSV example, then every JSON example") if sources[0]
                  else _("every JSON example, then every CSV example"))
        raise Mistake(_("mixed dataset"), blocks, _("the two sources mixed"),
                      _("mixed=True: tf.data.Dataset.sample_from_datasets([first, second]) or choose_from_datasets"))
    if case == "mixed" and runs < 20:  # a mix example by example makes about 60 runs (fewer than 35: 1 in 10**5)
        raise Mistake(_("mixed dataset"), _("{runs} runs of examples from one source").format(runs=runs),
                      _("the sources mixed example by example (about 60 runs)"),
                      _("blocks of one source shuffled leave a batch seeing one source: draw example by example, "
                        "tf.data.Dataset.sample_from_datasets([first, second])"))


# ------------------------------------------------------------ tf.data and feature dictionaries

def _labelled_images(n, seed=0):
    """uint8 images 8 high and 6 wide filled with 10 * their index, plus 0, 1, 2 in the red, green and blue
    channels and 0 to 5 from left to right (their order shows), and labels in -1..2 (-1: unlabelled)."""
    images = np.repeat(np.arange(n, dtype="uint8")[:, None, None, None] * 10, 8, axis=1).repeat(6, axis=2).repeat(3, axis=3)
    images += np.arange(3, dtype="uint8") + np.arange(6, dtype="uint8")[:, None]
    return images, np.random.default_rng(seed).integers(-1, 3, n)


@exercise("data.feature_dicts")
@pytest.mark.parametrize("dtypes", [("uint8", "int32"), ("float32", "int64")])  # a cast to one dtype shows
def test_feature_dicts(learner, dtypes):
    images, labels = _labelled_images(6)
    images, labels = images.astype(dtypes[0]), labels.astype(dtypes[1])
    dataset = checks.expect_dataset(learner(images, labels))
    spec = dataset.element_spec
    if not isinstance(spec, dict) or set(spec) != {"image", "label"}:
        raise Mistake(_("each element"), type(spec).__name__ if not isinstance(spec, dict) else sorted(spec),
                      '{"image": ..., "label": ...}', _("pass a dictionary to from_tensor_slices, as tfds yields them"))
    elements = checks.elements_of(dataset)
    if len(elements) == 6 and spec["image"].shape != images.shape[1:]:
        raise Mistake(_("each image's shape"), tuple(spec["image"].shape), images.shape[1:],
                      _("keep each image as it is, height then width: no transpose or reshape"))
    if len(elements) != 6 or spec["image"].shape != images.shape[1:]:
        raise Mistake(_("examples"),
                      _("{count} of shape {shape}").format(count=len(elements), shape=spec["image"].shape),
                      _("{count} of shape {shape}").format(count=6, shape=images.shape[1:]),
                      _("from_tensor_slices slices along the first axis: one dictionary per example "
                        "(from_tensors gives one)"))
    if tuple(spec["label"].shape) != ():
        raise Mistake(_("each label"), _("shape {shape}").format(shape=tuple(spec["label"].shape)),
                      _("a single number, shape ()"), _("slice labels as they are: labels[k] is one number, "
                                                        "no reshape to (n, 1)"))
    changed = next((k for k, e in enumerate(elements) if not any(np.array_equal(e["image"], i) for i in images)), None)
    if changed is not None:  # none of the images given
        raise Mistake(_("image {k}, its first pixel").format(k=changed), elements[changed]["image"][0, 0].tolist(),
                      images[changed][0, 0].tolist(),
                      _("the images' values as they are, channels in their order (red, green, blue): "
                        "no conversion, no scaling"))
    if not all(np.array_equal(e["image"], i) and e["label"] == y for e, i, y in zip(elements, images, labels)):
        raise Mistake(_("examples"), _("images and labels out of step"), _("example k = (images[k], labels[k])"),
                      _("slice both arrays together, in one dictionary"))
    found = (spec["image"].dtype.name, spec["label"].dtype.name)
    if found != (images.dtype.name, labels.dtype.name):
        raise Mistake(_("dtypes (image, label)"), found, (images.dtype.name, labels.dtype.name),
                      _("keep the arrays as they are: tfds yields uint8 images; the model's own steps convert them"))
    one = checks.elements_of(checks.expect_dataset(learner(images[:1], labels[:1])))
    if len(one) != 1 or np.shape(one[0]["label"]) != ():
        raise Mistake(_("a single example"), _("{count} of label shape {shape}").format(
                          count=len(one), shape=np.shape(one[0]["label"]) if one else "-"),
                      _("{count} of label shape {shape}").format(count=1, shape=()),
                      _("slice the arrays as they are, one example too"))


@exercise("data.image_label_pairs")
def test_image_label_pairs(learner):
    images, labels = _labelled_images(24)
    source = tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})
    dataset = checks.expect_dataset(learner(source, batch_size=4))
    batches = checks.elements_of(dataset)
    checks.expect_pairs(batches)
    kept = np.flatnonzero(labels >= 0)  # 19 examples: batches of 4 leave a remainder; 3 of them labelled 0
    x = np.concatenate([x for x, _ in batches])
    y = np.concatenate([y for _, y in batches])
    if (y < 0).any():
        raise Mistake(_("labels"), _("{count} examples, {unlabelled} labelled -1").format(
                          count=len(y), unlabelled=(y < 0).sum()),
                      _("the {count} labelled examples").format(count=len(kept)),
                      _("filter out the unlabelled ones: .filter(lambda image, label: label >= 0)"))
    index = np.clip(np.rint(x[:, 0, 0, 0] * 25.5).astype(int), 0, len(images) - 1)  # image k is filled with 10 * k
    if x.shape[1:] != images.shape[1:]:
        raise Mistake(_("image shape"), x.shape[1:], images.shape[1:],
                      _("keep each image as it is; only its dtype and scale change"))
    if x.dtype != np.float32 or not np.allclose(x, images[index] / 255.0, atol=1e-5):
        brightest = images[labels >= 0].max()
        raise Mistake(_("images"), _("{dtype}, the brightest {value}").format(dtype=x.dtype, value=f"{x.max():.4f}"),
                      _("float32 in [0, 1], the brightest {value} (= {pixel} / 255)").format(
                          value=f"{brightest / 255:.4f}", pixel=brightest),
                      _("map each image through tf.cast(image, tf.float32) / 255.0"))
    if not np.array_equal(labels[index], y):
        raise Mistake(_("pairs"), _("images with other examples' labels"), _("each image with its own label"),
                      _("map one dictionary to one pair: (example['image'], example['label'])"))
    if not (y == 0).any():
        raise Mistake(_("labels"), _("no example labelled 0"),
                      _("the {count} examples labelled 0 kept").format(count=(labels == 0).sum()),
                      _("label >= 0 keeps class 0: in this exercise only -1 marks an unlabelled example"))
    checks.expect_batch_sizes([len(b) for _, b in batches], len(kept), 4)
    if not np.array_equal(np.sort(index), kept):
        raise Mistake(_("examples"), _("{count} different ones").format(count=len(set(index))),
                      _("each of the {count} labelled ones once").format(count=len(kept)),
                      _("map, filter, shuffle, batch: no step drops or repeats examples"))
    rank = np.cumsum(labels >= 0) - 1  # an example's position among the labelled ones
    checks.expect_shuffled(np.split(rank[index], np.cumsum([len(b) for _, b in batches])[:-1]))
    checks.expect_prefetched(dataset, tuned=False)  # "the next batch is prefetched": a buffer of 1 will do


# ------------------------------------------------------------ steps per epoch

@pytest.fixture(scope="module")
def zero_model():
    # weights zero and a learning rate of 0: the model predicts 0 for ever, so loss = mean(target ** 2)
    model = keras.Sequential([keras.Input((2,)), keras.layers.Dense(1, kernel_initializer="zeros")], name="zero")
    model.compile(optimizer=keras.optimizers.SGD(learning_rate=0.0), loss="mse")
    return model


def _batched(n, target, batch_size):
    x = np.arange(2 * n, dtype="float32").reshape(n, 2)
    return tf.data.Dataset.from_tensor_slices((x, np.full((n, 1), target, "float32"))).batch(batch_size)


@exercise("data.fit_steps")
@pytest.mark.parametrize("case", ["whole-pass", "fewer-steps", "more-steps"])
def test_fit_steps(learner, zero_model, case):
    # 23 examples in batches of 5: 5 batches (the last of 3); 25 or 37 test examples in batches of 4: 7 or 10 batches
    epochs, steps, fraction, batches = {"whole-pass": (3, None, 0.25, 7), "fewer-steps": (3, 3, 0.29, 7),
                                        "more-steps": (2, 7, 0.7, 10)}[case]
    train, test = _batched(23, 1.0, 5), _batched(4 * batches - 3, 3.0, 4)
    kwargs = {} if steps is None else {"steps_per_epoch": steps}
    if fraction != 0.25:
        kwargs["validation_fraction"] = fraction
    with checks.watching(learner, steps=True) as calls:
        history = learner(zero_model, train, test, epochs=epochs, **kwargs)
    counts = next((call.steps for call in reversed(calls) if call.kind == "fit" and call.model is zero_model), [])
    checks.expect_instance(history, keras.callbacks.History, _("return what model.fit returns"), _("returned value"))
    want_train = [steps or 5] * epochs  # 0.25 * 7 = 1.75 and 0.29 * 7 = 2.03 round down to 1 and 2, 0.7 * 10 is 7
    # (whole percents give 7 * 28 // 100 = 1; the exact value of the float 0.7, times 10, is just below 7)
    want_validation = [int(fraction * batches)] * epochs
    setting = "steps_per_epoch=None" if steps is None else f"steps_per_epoch={steps}"
    found = [t for t, _ in counts]
    if found != want_train:
        why = (_("Keras 3 carries one iterator across epochs; an epoch ends early when it runs out: "
                 "fit on train_data.repeat()")
               if found and sum(found) < sum(want_train) else
               _("each epoch trains on steps_per_epoch batches; None means len(train_data) = 5 here"))
        raise Mistake(_("training batches per epoch ({setting}, 5 batches of data, epochs={epochs})").format(
                          setting=setting, epochs=epochs), found, want_train, why)
    found = [v for _, v in counts]
    if found != want_validation:
        raise Mistake(_("validation batches per epoch (validation_fraction={fraction}, {batches} batches of test "
                        "data)").format(fraction=fraction, batches=batches), found, want_validation,
                      _("validation_steps=int(validation_fraction * len(test_data)): rounded down, every epoch"))
    curves = history.history
    if "val_loss" not in curves or len(curves["val_loss"]) != epochs:
        raise Mistake(_("history"), sorted(curves), _("loss and val_loss, one per epoch"),
                      _("pass validation_data=test_data"))
    found = float(curves["loss"][0]), float(curves["val_loss"][0])
    if not np.allclose(found, (1.0, 9.0), atol=1e-3):
        raise Mistake(_("(loss, val_loss) of a model that predicts 0"), f"({found[0]:g}, {found[1]:g})",
                      _("(1, 9): trained on train_data (targets 1), validated on test_data (targets 3)"),
                      _("fit on train_data, validation_data=test_data"))


# ------------------------------------------------------------ note 004's augmentation as layers

def _span(value):
    """A layer's factor as (lower, upper), rounded: 0.3 and (-0.3, 0.3) are both (-0.3, 0.3)."""
    if value is None:
        return None
    low, high = (-abs(value), abs(value)) if isinstance(value, (int, float)) else value
    return round(float(low), 4), round(float(high), 4)


def _names(layers):
    return ", ".join(checks.describe(layer) for layer in layers) or _("no layers")


def _corner_images():
    image = np.zeros((2, 24, 24, 3), "float32")
    image[:, :12, :6] = 255.0  # a block in a corner: shifts, turns, zooms and flips all move it
    return image


@exercise("data.augmentation_layers")
def test_augmentation_layers(learner):
    result = checks.expect_tuple(learner(), "(train_preprocessing, test_preprocessing)",
                                 _("return the two Sequential models: training, then test"))
    train, test = (checks.expect_instance(model, keras.Model, "keras.Sequential([...layers])", what)
                   for model, what in zip(result, ("train_preprocessing", "test_preprocessing")))
    random_kinds = (keras.layers.RandomTranslation, keras.layers.RandomRotation, keras.layers.RandomZoom,
                    keras.layers.RandomFlip)
    test_layers = checks.flat_layers(test)
    if [type(layer) for layer in test_layers] != [keras.layers.Rescaling]:
        raise Mistake("test_preprocessing", _names(test_layers), _("Rescaling(1/255) and nothing else"),
                      _("test_datagen = ImageDataGenerator(rescale=1.0/255): augment the training data only"))
    image = _corner_images()
    for model, what in ((test, "test_preprocessing"), (train, "train_preprocessing")):
        checks.expect_scaling(lambda x: model(x, training=False),
                              why=_("{what}: Rescaling(1/255), as rescale=1.0/255").format(what=what),
                              wanted=(0.0, 0.5, 1.0))
        found = np.asarray(model(image, training=False))
        if found.shape != image.shape or not np.allclose(found, image / 255.0, atol=1e-5):
            raise Mistake(_("{what} at inference (training=False)").format(what=what), _("images changed"),
                          _("images / 255 and nothing else"),
                          _("random layers let images through at inference: only fit (training=True) augments"))
    found = np.asarray(test(image, training=True))
    if not np.allclose(found, image / 255.0, atol=1e-5):
        raise Mistake(_("test_preprocessing in training"), _("images changed"), _("images / 255"),
                      _("never augment test data"))
    layers = checks.flat_layers(train)
    kinds = [type(layer) for layer in layers]
    want = "Rescaling(1/255), RandomTranslation, RandomRotation, RandomZoom, RandomFlip"
    if (kinds.count(keras.layers.Rescaling) != 1 or any(kind not in kinds for kind in random_kinds)
            or any(kind not in (keras.layers.Rescaling, *random_kinds) for kind in kinds)):
        raise Mistake("train_preprocessing", _names(layers), want,
                      _("one layer per ImageDataGenerator setting, and no other: rescale, width_shift, rotation, "
                        "zoom, flips"))
    settings = {type(layer): layer.get_config() for layer in layers}
    shift = settings[keras.layers.RandomTranslation]
    found = _span(shift["height_factor"]), _span(shift["width_factor"])
    if found != ((0.0, 0.0), (-0.3, 0.3)):
        raise Mistake(_("RandomTranslation (height, width) factors"), found, ((0.0, 0.0), (-0.3, 0.3)),
                      _("width_shift_range=0.3 shifts sideways only: "
                        "RandomTranslation(height_factor=0.0, width_factor=0.3)"))
    found = _span(settings[keras.layers.RandomRotation]["factor"])
    if found != _span(30 / 360):
        raise Mistake(_("RandomRotation factor"), found, _("{span}: 30/360 of a turn").format(span=_span(30 / 360)),
                      _("rotation_range=30 is degrees; Keras 3's factor is a fraction of a full turn: "
                        "RandomRotation(30 / 360)"))
    zoom = settings[keras.layers.RandomZoom]
    found = _span(zoom["height_factor"]), _span(zoom["width_factor"])
    if found[0] != (-0.3, 0.3) or found[1] not in (None, (-0.3, 0.3)):
        raise Mistake(_("RandomZoom (height, width) factors"), found, _("((-0.3, 0.3), None) or both (-0.3, 0.3)"),
                      _("zoom_range=0.3 zooms in or out by up to 30%: RandomZoom(0.3)"))
    modes = {part for layer in layers if isinstance(layer, keras.layers.RandomFlip)
             for part in layer.get_config()["mode"].split("_and_")}
    if modes != {"horizontal", "vertical"}:
        raise Mistake(_("flips"), " and ".join(sorted(modes)), "horizontal and vertical",
                      'horizontal_flip=True, vertical_flip=True: RandomFlip("horizontal_and_vertical")')
    keras.utils.set_random_seed(3)
    if all(np.allclose(np.asarray(train(image, training=True)), image / 255.0, atol=1e-5) for _ in range(3)):
        raise Mistake(_("train_preprocessing in training"), _("images unchanged"),
                      _("random shifts, turns, zooms and flips"),
                      _("the random layers act when called with training=True"))


NOTE_004_SETTINGS = {  # ImageDataGenerator's attribute: (value, how note 004 writes it)
    "rescale": (1.0 / 255, "rescale=1.0/255"),
    "width_shift_range": (0.3, N_("width_shift_range=0.3: up to 30% of the width, sideways")),
    "height_shift_range": (0.0, N_("no height_shift_range: note 004 shifts sideways only")),
    "rotation_range": (30, N_("rotation_range=30: in degrees here (30/360 is for keras.layers.RandomRotation)")),
    "zoom_range": ([0.7, 1.3], N_("zoom_range=0.3: zoom factors from 0.7 to 1.3")),
    "horizontal_flip": (True, "horizontal_flip=True"),
    "vertical_flip": (True, "vertical_flip=True"),
    "shear_range": (0.0, N_("no shear_range: note 004 does not shear")),
    "channel_shift_range": (0.0, N_("no channel_shift_range: note 004 does not shift colours")),
    "brightness_range": (None, N_("no brightness_range: note 004 does not change brightness")),
    **UNNORMALISED,
}


@exercise("data.legacy_train_generator")
def test_legacy_train_generator(learner, tmp_path, monkeypatch):
    toydata.image_folders(tmp_path, ("dogs", "cats"), per_class=5, size=SIZE)
    generator = _legacy_flow(learner, tmp_path, monkeypatch,
                             "ImageDataGenerator(rescale=1.0/255, width_shift_range=0.3, ...).flow_from_directory(...)")
    datagen = generator.image_data_generator
    _expect_settings(datagen, NOTE_004_SETTINGS)
    checks.expect_scaling(lambda images: np.stack([datagen.standardize(np.copy(image)) for image in images]),
                          wanted=(0.0, 0.5, 1.0), why=_(NO_NORMALISATION))
    _expect_flow(generator, tmp_path)


# ------------------------------------------------------------ TensorFlow Datasets

TFDS_NAME = "tfkata_flowers"  # the grader's own data set: prepared from code, offline, never downloaded
TFDS_CLASSES = ["tulips", "daisy", "roses", "sunflowers"]  # not sorted: sorted names would rename the classes
TFDS_LABELS = [2, 0, 3, 1, 1, 0, 2, 3, 0, 2, 1, 3]  # the 12 examples of "train"; "test" holds 5 more
TFDS_TEST = 5
TFDS_SHAPE = (6, 4, 3)  # not square


def _tfds_pixel(k: int, split: str = "train") -> int:
    """Example k of a split is an image filled with this value: train 7, 27, ..., 227; test 13, 33, ..."""
    return 20 * k + (7 if split == "train" else 13)


def _tfds_builder():
    """The grader's data set, registered with tfds as TFDS_NAME once per process (a class is
    registered when it is defined, and a name only once). tfds.load(TFDS_NAME, ...) prepares it
    as it would download a real one, but only in the folder set as ``allowed``: elsewhere it
    refuses, and writes where into the file ``notes``."""
    import tensorflow_datasets as tfds

    try:
        return tfds.builder_cls(TFDS_NAME)
    except ValueError:  # DatasetNotFoundError: not defined yet in this process
        pass

    class TfkataFlowers(tfds.core.GeneratorBasedBuilder):
        VERSION = tfds.core.Version("1.0.0")
        allowed = notes = None

        def _info(self):
            return tfds.core.DatasetInfo(
                builder=self, supervised_keys=("image", "label"),
                features=tfds.features.FeaturesDict({"image": tfds.features.Image(shape=TFDS_SHAPE),
                                                     "label": tfds.features.ClassLabel(names=TFDS_CLASSES)}))

        def _split_generators(self, dl_manager):
            here = Path(str(self.data_dir)).resolve()
            if self.allowed is None or not here.is_relative_to(Path(self.allowed).resolve()):
                if self.notes:
                    with open(self.notes, "a") as notes:
                        notes.write(f"{here}\n")
                raise RuntimeError(f"{TFDS_NAME} is prepared only in the grader's data_dir, not in {here}")
            return {"train": self._generate_examples("train"), "test": self._generate_examples("test")}

        def _generate_examples(self, split):
            labels = TFDS_LABELS if split == "train" else [3, 2, 1, 0, 3]
            for k, label in enumerate(labels):
                yield k, {"image": np.full(TFDS_SHAPE, _tfds_pixel(k, split), "uint8"), "label": label}

    return TfkataFlowers


@contextlib.contextmanager
def tfds_offline(folder: str):
    """While the block runs, wherever it runs: tfds's default folder is an empty one in ``folder``
    (never ~/tensorflow_datasets); the grader's data set may be prepared only in ``folder``/data, and
    where else it was tried is noted in ``folder``/elsewhere; any other data set, which tfds would
    download, is refused with a lesson."""
    import tensorflow_datasets as tfds
    from tensorflow_datasets.core import constants

    def guarded(original):
        def guard(builder, *args, **kwargs):
            if builder.name != TFDS_NAME:
                raise Mistake(_("data set loaded"), repr(builder.name),
                              _("{name}, the name the grader passed").format(name=repr(TFDS_NAME)),
                              _("load the data set that `name` names: tfds.load(name, ...), not a fixed {name}").format(
                                  name=repr(builder.name)))
            return original(builder, *args, **kwargs)
        return guard

    default = str(Path(folder) / "tensorflow_datasets")
    builder = _tfds_builder()
    with contextlib.ExitStack() as patches:
        patches.enter_context(mock.patch.object(constants, "DATA_DIR", default))
        patches.enter_context(mock.patch.dict(os.environ, {"TFDS_DATA_DIR": default}))
        for method in ("download_and_prepare", "as_dataset"):
            original = getattr(tfds.core.DatasetBuilder, method)
            patches.enter_context(mock.patch.object(tfds.core.DatasetBuilder, method, guarded(original)))
        patches.enter_context(mock.patch.multiple(builder, allowed=str(Path(folder) / "data"),
                                                  notes=str(Path(folder) / "elsewhere")))
        yield


def _tfds_call(learner, train_percent, folder):
    """The learner's result; tfds's errors for the usual mistakes turned into their lessons."""
    data_dir = str(Path(folder) / "data")
    try:
        with checks.where_learner_runs(learner, tfds_offline, folder):
            result = learner(name=TFDS_NAME, train_percent=train_percent, data_dir=data_dir)
        raised = error = None
        kinds, text = set(), ""
    except Exception as exception:  # the kit wraps the learner's own error: it is the cause
        raised, error = exception, exception.__cause__ or exception
        kinds = set(remote.raised(exception))
        text = str(error)
    if (Path(folder) / "elsewhere").exists() or ("could not find data in" in text and data_dir not in text):
        raise Mistake(_("the folder tfds used for {name}").format(name=TFDS_NAME),
                      _("its default folder (~/tensorflow_datasets)"), _("the data_dir given"),
                      _("pass data_dir=data_dir to tfds.load: None means the default "
                        "folder, right at home; here the data set belongs in data_dir")) from None
    if error is None:
        return result
    if "could not find data in" in text:
        raise Mistake("download_and_prepare()", _("never called (download=False, or as_dataset alone)"),
                      _("called, as tfds.load does by default"),
                      _("at home the data set must be downloaded once: leave tfds.load's download=True "
                        "(with tfds.builder, call builder.download_and_prepare())")) from None
    if kinds & {"ValueError", "TypeError"} and "unpack" in text:
        raise Mistake(_("unpacking tfds.load's result"), f"{type(error).__name__}: {text[:60]}",
                      "(train, validation), info",
                      _("tfds.load returns the info too only when asked, with_info=True: "
                        "(train, validation), info = tfds.load(...)")) from None
    if "ValueError" in kinds and any(words in text for words in (
            "corresponds to no data", "incompatible with", "Error parsing split")):  # the last: tfds before 4.9.3
        raise Mistake(_("split slices (train_percent={percent})").format(percent=train_percent),
                      f"{type(error).__name__}: {text[:80]}",
                      _('"train[:{percent}%]" and "train[{percent}%:]"').format(percent=train_percent),
                      _("a slice in percent is a whole number and a % sign: train[:70%], not train[:0.7%] or "
                        "train[:70]")) from None
    raise raised


def _tfds_order(data_dir):
    """The examples k of the 'train' split, in the order tfds reads them from data_dir."""
    if not (Path(data_dir) / TFDS_NAME).is_dir():
        raise Mistake("data_dir", _("no {name} prepared in it").format(name=TFDS_NAME),
                      _("{name} prepared there by tfds.load").format(name=TFDS_NAME),
                      _("load the data set with tfds.load(name, ..., data_dir=data_dir)"))
    dataset = _tfds_builder()(data_dir=data_dir).as_dataset(split="train", as_supervised=True)
    return [(int(image.flat[0]) - 7) // 20 for image, _ in dataset.as_numpy_iterator()]


def _tfds_part(dataset, what):
    """The examples k of an unbatched dataset of (image, label) pairs, each checked against the data set."""
    checks.expect_dataset(dataset, what)
    spec = dataset.element_spec
    if isinstance(spec, dict):
        raise Mistake(_("{what}: each element").format(what=what), _("a dictionary {keys}").format(keys=sorted(spec)),
                      _("an (image, label) pair"),
                      _("pass as_supervised=True to tfds.load: it yields (image, label) pairs, ready for model.fit"))
    if not (isinstance(spec, tuple) and len(spec) == 2) or tuple(spec[0].shape) != TFDS_SHAPE:
        found = (f"({', '.join(str(tuple(s.shape)) for s in spec)})" if isinstance(spec, tuple)
                 else type(spec).__name__)
        raise Mistake(_("{what}: each element's shapes").format(what=what), found,
                      _("({shape}, ()): one image and its label").format(shape=TFDS_SHAPE),
                      _("return the slices as tfds.load gives them: unbatched (image, label) pairs"))
    found = []
    for image, label in checks.elements_of(dataset):
        k = (int(np.asarray(image).flat[0]) - 7) // 20
        if (not 0 <= k < len(TFDS_LABELS) or not np.array_equal(image, np.full(TFDS_SHAPE, _tfds_pixel(k)))
                or label != TFDS_LABELS[k]):
            raise Mistake(_("{what}: examples").format(what=what),
                          _("an image or label that is not the 'train' split's own"),
                          _("the split's examples as they are"),
                          _("slice the 'train' split and change nothing: no other split, no mapping"))
        found.append(k)
    return found


def _spans(positions):
    """Positions in the split, as a learner reads them: 'examples 0 to 7', or a list."""
    if not positions:
        return _("no examples")
    if positions == list(range(positions[0], positions[-1] + 1)):
        return (_("examples {first} to {last}").format(first=positions[0], last=positions[-1]) if len(positions) > 1
                else _("example {first}").format(first=positions[0]))
    return _("examples {positions}").format(positions=", ".join(map(str, positions)))


@exercise("data.tfds_splits")
@pytest.mark.parametrize("train_percent", [70, 50])
def test_tfds_splits(learner, tmp_path, train_percent):
    # 12 examples: 70% is 8.4, so 8 (rounded to the nearest, as tfds does, or down); 50% is 6 and 6,
    # where swapped slices have the same sizes and only their contents show
    result = checks.expect_tuple(_tfds_call(learner, train_percent, str(tmp_path)),
                                 "(train, validation, class_names, num_examples)",
                                 _("return the two slices, info.features['label'].names and "
                                   "info.splits['train'].num_examples"))
    order = _tfds_order(str(tmp_path / "data"))
    total = len(order)
    cut = total * train_percent // 100
    train, validation = (_tfds_part(part, what) for part, what in zip(result[:2], ("train", "validation")))
    sizes, want = (len(train), len(validation)), (cut, total - cut)
    slices = f'split=["train[:{train_percent}%]", "train[{train_percent}%:]"]'
    if sizes != want:
        if sizes == (total, total):
            why = _("split='train' gives the whole split each time: slice it, {slices}").format(slices=slices)
        elif sizes == want[::-1]:
            why = _("the first {percent}% is for training, the rest for validation: {slices}").format(
                percent=train_percent, slices=slices)
        else:
            why = _("{slices}: the first {percent}% of the 'train' split, then the rest").format(
                slices=slices, percent=train_percent)
        raise Mistake(_("sizes of (train, validation), train_percent={percent}, a split of {total}").format(
                          percent=train_percent, total=total), sizes, want, why)
    shared = sorted(set(train) & set(validation))
    if shared:
        found = _("{count} examples in both") if len(shared) > 1 else _("{count} example in both")
        raise Mistake(_("train and validation"), found.format(count=len(shared)), _("no example in both"),
                      _("train[:{percent}%] and train[{percent}%:] meet at {percent}%: together they hold the split "
                        "once").format(percent=train_percent))
    for part, what, wanted in ((train, "train", list(range(cut))), (validation, "validation", list(range(cut, total)))):
        positions = [order.index(k) for k in part]
        if positions != wanted:
            why = (_("keep the split's order, as tfds.load returns it: no shuffling here")
                   if sorted(positions) == wanted else
                   _("train[:{percent}%] is the first part of the 'train' split, train[{percent}%:] the rest").format(
                       percent=train_percent))
            raise Mistake(_("{what} slice (train_percent={percent}), in the order tfds reads the split").format(
                              what=what, percent=train_percent),
                          _("the split's {examples}").format(examples=_spans(positions)),
                          _("its {examples}").format(examples=_spans(wanted)), why)
    class_names, num_examples = result[2], result[3]
    names = list(class_names) if isinstance(class_names, (list, tuple, np.ndarray)) else None
    if names is None or names != TFDS_CLASSES or not all(isinstance(n, str) for n in names):
        if names is not None and sorted(map(str, names)) == sorted(TFDS_CLASSES):
            why = _("keep the data set's own order, info.features['label'].names: label k is names[k]")
        elif isinstance(class_names, (int, np.integer)):
            why = _("the class names, not a number: info.features['label'].names (num_classes counts them)")
        else:
            why = _("read them from the info of the data set loaded: info.features['label'].names (with_info=True)")
        shown = (class_names if names is not None or isinstance(class_names, (int, np.integer, str))
                 else _("a {type}").format(type=type(class_names).__name__))  # a DatasetInfo prints on many lines
        raise Mistake("class_names", shown, TFDS_CLASSES, why)
    count = np.asarray(num_examples) if not isinstance(num_examples, bool) else None
    if count is None or count.ndim or count.dtype.kind not in "iu" or int(count) != total:
        scalar = count is not None and count.ndim == 0 and count.dtype.kind in "iuf"
        why = (_("the size of the whole 'train' split, info.splits['train'].num_examples, not a slice's")
               if scalar and float(count) in want else
               _("read it from the info: info.splits['train'].num_examples, an int (not the sum of every split)"))
        raise Mistake(_("num_examples (a 'train' split of {total}, and a 'test' split of {test})").format(
                          total=total, test=TFDS_TEST),
                      num_examples if scalar else _("a {type}").format(type=type(num_examples).__name__), total, why)
