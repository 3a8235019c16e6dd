"""Graders for the data section (note 003 tutorial3; notes 002 and 004).

Every data set is written into a temporary folder: class folders of PNG files,
CSV and JSON files. Images are matched to their files by their pixels.
"""

import numpy as np
import pytest
import tensorflow as tf
from tfkata import checks, toydata
from tfkata.problems import Mistake

exercise = pytest.mark.exercise
SIZE = (16, 16)


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
    checks.expect_pairs(batches, f"{what}: each batch")
    sizes = [len(images) for images, _ in batches]
    checks.expect_batch_sizes(sizes, sum(sizes), batch_size)
    shape = batches[0][0].shape[1:]
    if shape != (*SIZE, 3):
        raise Mistake(f"{what}: image shape", shape, (*SIZE, 3), "pass image_size=image_size to the loader")
    return [(_key(image * scale), label) for images, labels in batches for image, label in zip(images, labels)]


def _expect_labels(found, truth, label_mode, classes, what):
    """Every image is a known file, labelled with its folder's sorted index, written as label_mode says."""
    for key, label in found:
        if key not in truth:
            raise Mistake(what, "an image that is none of the files", "the files' own pixels",
                          "do not rescale or augment here; keep image_size equal to the files' size")
        index, name = truth[key]
        want = {"int": np.int64(index), "binary": np.array([index], "float32"),
                "categorical": np.eye(len(classes), dtype="float32")[index]}[label_mode]
        if np.shape(label) != np.shape(want) or not np.allclose(label, want):
            raise Mistake(f"{what}: label of {name}", label, want,
                          f'labels come from the folder names in sorted order, written as label_mode="{label_mode}"')


@exercise("data.load_split")
@pytest.mark.parametrize("label_mode", ["int", "categorical", "binary"])
def test_load_split(learner, tmp_path, label_mode):
    classes = ("dogs", "cats") if label_mode == "binary" else ("zebra", "ant", "moth")
    truth = _folder_truth(toydata.image_folders(tmp_path, classes, per_class=5, size=SIZE), classes)
    result = learner(str(tmp_path), image_size=SIZE, batch_size=4, label_mode=label_mode, seed=7)
    result = checks.expect_tuple(result, "(train_dataset, validation_dataset)",
                                 'call the loader twice, subset="training" then subset="validation"')
    train, validation = (_image_batches(part, name, 4) for part, name in zip(result, ("training", "validation")))
    for part, name in ((train, "training"), (validation, "validation")):
        _expect_labels(part, truth, label_mode, classes, name)
    shared = {key for key, _ in train} & {key for key, _ in validation}
    if shared:
        raise Mistake("split", f"{len(shared)} images in both parts", "no image in both",
                      "give both calls the same seed and validation_split: the files are shuffled with the seed, then split")
    counts = len(train), len(validation)
    if counts != (len(truth) - len(truth) // 5, len(truth) // 5):
        raise Mistake("split sizes", counts, (len(truth) - len(truth) // 5, len(truth) // 5),
                      "validation_split=0.2 keeps 20% for validation, and the two parts hold every file once")


def _reference_generator(root):
    """Note 004's deprecated loader, as the grader's yardstick."""
    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)
    return datagen.flow_from_directory(str(root), target_size=SIZE, batch_size=4, class_mode="binary", shuffle=False)


@exercise("data.legacy_generator")
def test_legacy_generator(learner, tmp_path):
    toydata.image_folders(tmp_path, ("dogs", "cats"), per_class=4, size=SIZE)
    generator = learner(str(tmp_path), image_size=SIZE, batch_size=4)
    if isinstance(generator, tf.data.Dataset) or not hasattr(generator, "class_indices"):
        raise Mistake("returned value", type(generator).__name__, "the iterator flow_from_directory returns",
                      "this exercise is the legacy route: ImageDataGenerator(rescale=1/255).flow_from_directory(...)")
    want = _reference_generator(tmp_path)
    for what, found, expected, why in (
        ("classes", generator.class_indices, want.class_indices, "classes come from the folder names, in sorted order"),
        ("images found", generator.samples, want.samples, "flow from the folder you were given"),
        ("class_mode", generator.class_mode, "binary", 'note 004 uses class_mode="binary": one 0/1 label per image'),
        ("image shape", generator.image_shape, want.image_shape, "pass target_size=image_size"),
        ("batch size", generator.batch_size, 4, "pass batch_size=batch_size"),
    ):
        if found != expected:
            raise Mistake(what, found, expected, why)
    images, _ = generator[0]
    if images.max() > 1.0:
        raise Mistake("pixels", f"up to {images.max():.0f}", "at most 1.0", "ImageDataGenerator(rescale=1.0 / 255) scales pixels to [0, 1]")


@exercise("data.modern_loader")
def test_modern_loader(learner, tmp_path):
    classes = ("dogs", "cats")
    truth = _folder_truth(toydata.image_folders(tmp_path, classes, per_class=5, size=SIZE), classes)
    dataset = learner(str(tmp_path), image_size=SIZE, batch_size=4)
    checks.expect_dataset(dataset)
    images = np.concatenate([x for x, _ in checks.elements_of(dataset)])
    if images.max() > 1.0:
        raise Mistake("pixels", f"up to {images.max():.0f}", "in [0, 1], as rescale=1/255 gave",
                      "image_dataset_from_directory has no rescale: map through keras.layers.Rescaling(1/255)")
    found = _image_batches(dataset, "returned dataset", 4, scale=255.0)
    legacy = _reference_generator(tmp_path)
    if len(found) != legacy.samples:
        raise Mistake("images", len(found), f"{legacy.samples}, as flow_from_directory found",
                      "read the whole folder: no validation_split here")
    _expect_labels(found, truth, "binary", sorted(legacy.class_indices), "returned dataset")


# ------------------------------------------------------------ pipeline speed

def _counted_source(n, reads):
    """(feature, label) examples whose every read from 'disk' is counted in ``reads``."""
    def read(i):
        reads.append(int(i))
        return np.float32(i)

    def load(i):
        x = tf.py_function(read, [i], tf.float32)
        x.set_shape(())
        return tf.reshape(x, (1,)), i

    return tf.data.Dataset.range(n).map(load)


@exercise("data.fast_pipeline")
def test_fast_pipeline(learner):
    reads = []
    dataset = checks.expect_dataset(learner(_counted_source(20, reads), batch_size=4, shuffle_buffer=100))
    epochs = [checks.elements_of(dataset) for _ in range(2)]
    checks.expect_pairs(epochs[0])
    checks.expect_batch_sizes([len(y) for _, y in epochs[0]], 20, 4)
    orders = [np.concatenate([y for _, y in epoch]).tolist() for epoch in epochs]
    if sorted(orders[0]) != list(range(20)):
        raise Mistake("examples", f"{len(orders[0])} per epoch", "each of the 20 once", "keep every example: shuffle, do not drop or repeat")
    if len(reads) > 20:
        raise Mistake("reads", f"{len(reads)} reads in 2 epochs", "20: the second epoch comes from the cache",
                      "call .cache() first: later epochs replay the examples from memory")
    if orders[0] == list(range(20)):
        raise Mistake("order", "the file order", "shuffled", "shuffle the examples: .shuffle(shuffle_buffer)")
    if all(np.array_equal(np.diff(y), np.ones(len(y) - 1)) for _, y in epochs[0]):
        raise Mistake("batches", "runs of neighbours (e.g. 4, 5, 6, 7)", "examples mixed across the data",
                      "shuffle before batch: a shuffle after batch only moves whole batches")
    if orders[0] == orders[1]:
        raise Mistake("order", "the same in both epochs", "a new order every epoch",
                      "cache before shuffle: a shuffle before the cache is frozen into it")
    checks.expect_prefetched(dataset)


# ------------------------------------------------------------ CSV and JSON

NAMES = ["height", "weight", "age"]


def _expect_table(dataset, records, names, what="returned dataset"):
    """(float32 features in ``names`` order, integer label) for each record, in order."""
    checks.expect_dataset(dataset, what)
    features, label = dataset.element_spec if isinstance(dataset.element_spec, tuple) else (dataset.element_spec, None)
    if label is None:
        raise Mistake(f"{what}: each element", type(features).__name__, "a (features, label) pair",
                      "make each example a pair: from_tensor_slices((features, labels))")
    if features.dtype != tf.float32 or not label.dtype.is_integer:
        raise Mistake(f"{what}: dtypes", f"({features.dtype.name}, {label.dtype.name})", "(float32, an integer type)",
                      "features as float32 (what Keras layers use), the class label as an integer")
    elements = checks.elements_of(dataset)
    if len(elements) != len(records):
        raise Mistake(f"{what}: examples", len(elements), len(records),
                      "one example per row that has a label; rows without a label are dropped")
    for row, (x, y) in enumerate(elements):
        want = np.array([records[row][n] or 0.0 for n in names])
        if np.shape(x) != want.shape or not np.allclose(x, want, equal_nan=False):
            found = np.round(np.asarray(x, "float64"), 2).tolist()
            why = ("a missing feature becomes 0.0, not NaN" if np.isnan(x).any()
                   else f"the features are {', '.join(names)}, in that order, without the label")
            raise Mistake(f"{what}: features of example {row}", found, want.round(2).tolist(), why)
        if y != records[row]["label"]:
            raise Mistake(f"{what}: label of example {row}", y, records[row]["label"], "take the label from the label column")


@exercise("data.csv_dataset")
def test_csv_dataset(learner, tmp_path):
    records = toydata.table_records(10, NAMES)
    records[2]["weight"] = None
    records[6]["label"] = None
    columns = ["height", "label", "weight", "age"]
    path = toydata.write_csv(tmp_path / "people.csv", records, columns)
    _expect_table(learner(str(path), label_name="label"), [r for r in records if r["label"] is not None], NAMES)


@exercise("data.json_dataset")
@pytest.mark.parametrize("lines", [False, True], ids=["array", "json-lines"])
def test_json_dataset(learner, tmp_path, lines):
    records = toydata.table_records(8, NAMES, seed=1)
    shuffled = [dict(reversed(r.items())) if i % 2 else r for i, r in enumerate(records)]
    path = toydata.write_json(tmp_path / ("people.jsonl" if lines else "people.json"), shuffled, lines=lines)
    names = ["age", "height", "weight"]
    _expect_table(learner(str(path), names, label_name="label"), records, names)


@exercise("data.combine_sources")
@pytest.mark.parametrize("mixed", [False, True], ids=["concatenated", "mixed"])
def test_combine_sources(learner, tmp_path, mixed):
    first, second = toydata.table_records(6, NAMES, seed=2), toydata.table_records(4, NAMES, seed=3)
    csv_path = toydata.write_csv(tmp_path / "a.csv", first, [*NAMES, "label"])
    json_path = toydata.write_json(tmp_path / "b.json", second)
    dataset = learner(str(csv_path), str(json_path), NAMES, label_name="label", mixed=mixed)
    if not mixed:
        _expect_table(dataset, first + second, NAMES, "concatenated dataset")
        return
    checks.expect_dataset(dataset)
    rows = [tuple(np.round(x, 2)) + (int(y),) for x, y in checks.elements_of(dataset)]
    want = [tuple(r[n] for n in NAMES) + (r["label"],) for r in first + second]
    if sorted(rows) != sorted(want):
        raise Mistake("mixed dataset", f"{len(rows)} examples", f"the {len(want)} examples of both files, each once",
                      "keep going when one source runs out (stop_on_empty_dataset=False)")
    if rows == want:
        raise Mistake("mixed dataset", "every CSV example, then every JSON example", "the two sources mixed",
                      "mixed=True: tf.data.Dataset.sample_from_datasets([first, second]) or choose_from_datasets")


# ------------------------------------------------------------ tf.data and feature dictionaries

def _labelled_images(n, seed=0):
    """uint8 images filled with 10 * their index, and labels in -1..2 (-1: unlabelled)."""
    images = np.repeat(np.arange(n, dtype="uint8")[:, None, None, None] * 10, 8, axis=1).repeat(8, axis=2).repeat(3, axis=3)
    return images, np.random.default_rng(seed).integers(-1, 3, n)


@exercise("data.feature_dicts")
def test_feature_dicts(learner):
    images, labels = _labelled_images(6)
    dataset = checks.expect_dataset(learner(images, labels))
    spec = dataset.element_spec
    if not isinstance(spec, dict) or set(spec) != {"image", "label"}:
        raise Mistake("each element", type(spec).__name__ if not isinstance(spec, dict) else sorted(spec),
                      '{"image": ..., "label": ...}', "pass a dictionary to from_tensor_slices, as tfds yields them")
    elements = checks.elements_of(dataset)
    if len(elements) != 6 or spec["image"].shape != (8, 8, 3):
        raise Mistake("examples", f"{len(elements)} of shape {spec['image'].shape}", "6 of shape (8, 8, 3)",
                      "from_tensor_slices slices along the first axis: one dictionary per example (from_tensors gives one)")
    if not all(np.array_equal(e["image"], i) and e["label"] == y for e, i, y in zip(elements, images, labels)):
        raise Mistake("examples", "images and labels out of step", "example k = (images[k], labels[k])",
                      "slice both arrays together, in one dictionary")


@exercise("data.image_label_pairs")
def test_image_label_pairs(learner):
    images, labels = _labelled_images(24)
    source = tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})
    dataset = checks.expect_dataset(learner(source, batch_size=4))
    batches = checks.elements_of(dataset)
    checks.expect_pairs(batches)
    kept = int((labels >= 0).sum())
    checks.expect_batch_sizes([len(y) for _, y in batches], sum(len(y) for _, y in batches), 4)
    x = np.concatenate([x for x, _ in batches])
    y = np.concatenate([y for _, y in batches])
    if (y < 0).any() or len(y) != kept:
        raise Mistake("labels", f"{len(y)} examples, {(y < 0).sum()} labelled -1", f"the {kept} labelled examples",
                      "filter out the unlabelled ones: .filter(lambda image, label: label >= 0)")
    if x.dtype != np.float32 or x.max() > 1.0:
        raise Mistake("images", f"{x.dtype} up to {x.max():g}", "float32 in [0, 1]",
                      "map each image through tf.cast(image, tf.float32) / 255.0")
    index = np.rint(x[:, 0, 0, 0] * 25.5).astype(int)
    if not np.array_equal(labels[index], y):
        raise Mistake("pairs", "images with other examples' labels", "each image with its own label",
                      "map one dictionary to one pair: (example['image'], example['label'])")
    if np.array_equal(index, np.sort(index)):
        raise Mistake("order", "the source order", "shuffled", "shuffle before batching: .shuffle(1000).batch(batch_size)")
    checks.expect_prefetched(dataset)
