"""Data pipelines: load images, CSV and JSON into tf.data (notes 002, 004, 001; note 003 tutorial3's checklist).

Every function works from its arguments alone, as it may be called again with others: it
changes neither them, nor this module's variables, nor the program's settings (Keras'
dtype policy, float type and image layout, NumPy's error handling, the working folder),
and makes anew the models and callbacks it returns.
A model holds Keras' own layers only: a Lambda layer, or a function of your own in
a layer (a regularizer, an activation), is code that a class's grading cannot load.

Replace each `raise NotImplementedError` with your code, then check it:

    tfkata check data.load_split
    tfkata progress

Stuck? `tfkata hint data.load_split` (add --level 2 for more).
"""

import csv
import json

import keras
import numpy as np
import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def load_split(directory, image_size=(32, 32), batch_size=32, label_mode="int", seed=42):
    """Load a folder of class folders as batched training and validation datasets.

    Image data usually comes as one folder per class, too big to hold in memory at once
    ("データの一括読み込みについて理解している"). Keras reads such a folder in batches,
    labels every image by its folder and splits off a validation part: note 002 keeps
    20 % of the files for validation.

    Args:
        directory: one folder per class (directory/cats/*.png, directory/dogs/*.png).
        image_size: (height, width) every image is resized to.
        batch_size: images per batch (the last batch may be smaller).
        label_mode: passed through: "int" (labels 0, 1, 2, ...), "categorical" (one-hot
            rows, for categorical_crossentropy) or "binary" (0.0 / 1.0 in shape
            (batch, 1), for two classes and binary_crossentropy).
        seed: the seed the files are shuffled with before the split.

    What must hold: classes are numbered in sorted (alphabetical) order of the folder
    names; images keep their 0..255 pixel values (no rescaling or augmentation here);
    20 % of the files go to validation. Both parts are made with the same seed and the
    same split: two seeds shuffle the files two ways, and the parts overlap and miss
    files. Together the two parts hold every file exactly once.

    Keras 3 spells the loader keras.utils.image_dataset_from_directory (note 001
    writes tf.keras.preprocessing.image_dataset_from_directory).

    Returns:
        (train_dataset, validation_dataset), each yielding (images, labels) batches.

    The grader will try each label_mode on 12 small images in batches of 4, with seed 7.
    """
    raise NotImplementedError


def legacy_generator(directory, image_size=(32, 32), batch_size=32):
    """Note 004's loader, the deprecated route: an ImageDataGenerator flowing from a folder.

    Older tutorials (note 004) read class folders with a generator object: it is set to
    rescale the images, then flows batches from the folder. Keras 3 keeps it only as a
    deprecated legacy class. You will meet it in old code: learn to read it here, then
    write `modern_loader` for new code.

    Keras 3: note 004's import, from keras.preprocessing.image, fails; the class still
    imports as tf.keras.preprocessing.image.ImageDataGenerator (and needs Pillow).

    Args:
        directory: one folder per class.
        image_size: (height, width) every image is resized to.
        batch_size: images per batch.

    What must hold, as note 004 has it: pixels scaled to [0, 1] (rescale 1/255, 255
    becomes 1.0) and nothing else done to them (no augmentation); images resized to
    `image_size`; one 0.0 / 1.0 label per image (the binary class mode), by the sorted
    class folders.

    Returns:
        the iterator that flowing from the folder gives (it knows .class_indices and
        .samples), not a tf.data.Dataset.
    """
    raise NotImplementedError


def modern_loader(directory, image_size=(32, 32), batch_size=32):
    """Rewrite `legacy_generator` with the modern API: same classes, counts and labels.

    The modern loader gives a tf.data.Dataset, which the rest of tf.data (cache, shuffle,
    prefetch) and fit() take as it is. It has no rescale setting: scaling becomes a step
    of its own on the dataset. And augmentation belongs in the model (random layers),
    not in the loader.

    Args: as legacy_generator's (directory, image_size, batch_size).

    What must hold: the same images as legacy_generator finds (no validation split),
    resized to `image_size`, in batches of `batch_size` (the smaller one last); labels of
    shape (batch, 1), 0.0 or 1.0 by the sorted class folders, as the binary class mode
    gives them; pixels in [0, 1]; nothing else changed.

    Returns:
        a tf.data.Dataset of (images in [0, 1], binary labels) batches.
    """
    raise NotImplementedError


def fast_pipeline(dataset, batch_size=32, shuffle_buffer=1000):
    """Make an input pipeline fast: cache, shuffle, batch, prefetch (note 002's prefetch).

    "While the model is executing training step s, the input pipeline is reading the
    data for step s+1" (note 002): a slow pipeline leaves the model waiting. `dataset`
    yields single (features, label) examples, and reading each one is slow (think:
    decoding a file). Four steps, and their order is part of the task:
      1. cache: the first epoch reads the examples, later epochs replay them from memory;
      2. shuffle, with a buffer of `shuffle_buffer` examples: after the cache, so every
         epoch gets a new order (a shuffle before the cache would be frozen into it);
      3. batch, `batch_size` examples: after the shuffle, since shuffling batches only
         moves whole blocks of neighbours around; keep the smaller last batch;
      4. prefetch, the buffer size left to tf.data to tune: the next batch is prepared
         while the model trains on this one (note 002 spells the tuning constant
         tf.data.experimental.AUTOTUNE; it is tf.data.AUTOTUNE now).
    Note 002 shows prefetch only: cache and shuffle, in this order, are the kit's own
    additions.

    Returns:
        the new tf.data.Dataset of batches, one pass per epoch (no repeat).

    The grader will try 23 examples in batches of 5 with a buffer of 3, counts the reads
    over two epochs, and compares the two epochs' orders.
    """
    raise NotImplementedError


def csv_dataset(path, label_name="label"):
    """Read a CSV file into a tf.data.Dataset of (features, label) examples.

    Tables often come as CSV ("複数のフォーマット(json や csv など)のデータセットを使用
    する"); a model wants float features and an integer label, and real files have holes.
    The file has a header row and numbers in every column; the column called
    `label_name` (anywhere, not always last) holds an integer class.

    Each example, one per row, in the file's order:
        features: a float32 vector of the other columns, in the file's column order;
        label:    one integer (int32 or int64), a scalar.

    Missing values (an empty field, as in 3.5,,1):
        - a missing feature becomes 0.0;
        - a row whose label is missing is dropped.
    Note 003 lists this skill with an empty code block: the rules for missing values
    are the kit's own, this exercise's assumptions.

    Returns:
        an unbatched tf.data.Dataset of (features, label).

    The grader will try a file whose label column stands in the middle, with a missing
    feature and a row without a label; and a one-row file whose label column, named
    "species", comes first, its last field empty.
    """
    raise NotImplementedError


def json_dataset(path, feature_names, label_name="label"):
    """Read a JSON file into the same kind of dataset as `csv_dataset`.

    The same data often comes as JSON rather than CSV; once read, it must make the same
    examples. Two layouts, told apart by the file name:
        *.json   one JSON array of objects: [{"a": 1.0, "b": 2.0, "label": 0}, ...]
        *.jsonl  JSON lines: one object per line, no surrounding array.
    Note 003 lists this skill with an empty code block: these layouts are the kit's own.

    Each object is one example, in the file's order; its label is the value of
    `label_name`. The features are the values of `feature_names`, in the order of
    `feature_names`: do not rely on the order of the keys inside an object, which may
    differ from line to line.

    Returns:
        an unbatched tf.data.Dataset of (float32 features vector, integer label).

    The grader will try both layouts, the keys in another order in every other object,
    and feature_names in neither sorted nor the keys' order.
    """
    raise NotImplementedError


def combine_sources(csv_path, json_path, feature_names, label_name="label", mixed=False):
    """Use data from two sources as one dataset: a CSV file and a JSON file.

    Data often comes from several places ("複数のソースのデータセットを使用する"): read
    each into the same kind of dataset, and a model trains on them as one. Your
    `csv_dataset` and `json_dataset` read the two files (the CSV's columns are
    `feature_names` then `label_name`). Then:
        mixed=False: every CSV example, then every JSON example;
        mixed=True:  the two sources mixed together, so that a batch sees both (which
                     mix is up to you).
    Either way every example of both files appears exactly once: nothing is dropped when
    one source runs out first. Note 003 lists this skill with an empty code block: these
    two ways to join are the kit's own.

    Returns:
        an unbatched tf.data.Dataset of (features, label).

    The grader will try 6 + 4 examples joined in order, and 20 + 20 and 30 + 3 mixed.
    """
    raise NotImplementedError


def feature_dicts(images, labels):
    """Build a dataset that yields feature dictionaries, as TensorFlow Datasets does.

    TensorFlow Datasets (tfds.load) yields each example as a dictionary such as
    {"image": <uint8 image>, "label": <int>} ("tf.data.datasets のデータセットを使用する").
    This kit does not download tfds data: build the same kind of dataset from arrays,
    one dictionary per example. Note 003 lists this skill with an empty code block: this
    exercise is the kit's own.

    Args:
        images: uint8 array (n, height, width, channels).
        labels: integer array (n,).

    Returns:
        a tf.data.Dataset of n elements, the k-th being the dictionary with "image"
        images[k] and "label" labels[k], the values and dtypes of the arrays unchanged.

    The grader will try 6 images of 8x8x3.
    """
    raise NotImplementedError


def image_label_pairs(dataset, batch_size=32):
    """Turn a dataset of feature dictionaries into training batches of (image, label).

    fit() wants (inputs, target) pairs, in batches; tfds gives dictionaries, one example
    at a time, with uint8 images, and some examples have no label. `dataset` yields
    {"image": uint8 image, "label": int} (see `feature_dicts`); an unlabelled example
    has label -1 (the kit's own convention: note 003 lists this skill with an empty code
    block).

    What must hold:
      - each element becomes a pair: the image as float32 / 255.0, in [0, 1], and its label;
      - only the examples labelled 0 or more are kept (0 is a label);
      - the examples are shuffled, then batched, `batch_size` per batch (the smaller
        last batch kept), and the next batch is prefetched, last;
      - every labelled example appears once.
    A tf.data step runs as a graph: decide with tensor comparisons, not a Python if.

    Returns:
        a tf.data.Dataset of (float32 images in [0, 1], labels) batches.

    The grader will try 24 examples, 19 of them labelled, in batches of 4.
    """
    raise NotImplementedError


def fit_steps(model, train_data, test_data, epochs=5, steps_per_epoch=None, validation_fraction=0.25):
    """Fit on batched datasets, choosing how many batches each epoch trains and validates on (notes 001, 004).

    Note 001 trains every epoch on its training batches and validates on only a quarter
    of its test batches: on big data a full validation pass every epoch is slow, and a
    sample of it is enough to watch the curves.

    Args:
        model: a compiled keras model.
        train_data, test_data: batched tf.data.Datasets, one pass over the data each
            (len(dataset) is their number of batches).
        epochs: how many epochs.
        steps_per_epoch: how many training batches every epoch; None means one whole
            pass, len(train_data) batches (the smaller last batch too).
        validation_fraction: the share of test_data's batches every epoch validates on.

    What must hold: every epoch trains on exactly steps_per_epoch batches of train_data,
    whether that is fewer or more than len(train_data); every epoch validates on
    test_data, on int(validation_fraction * len(test_data)) batches (rounded down, as
    int() does).

    Keras 3 carries one iterator from epoch to epoch, and an epoch whose iterator runs
    out ends early ("Your input ran out of data"): the training data must never run out,
    and then the number of steps must always be given, as an integer.

    Note 004's Keras 2 code, model.fit_generator(train_generator,
    steps_per_epoch=train_generator.samples / 32, ...), fails twice in Keras 3:
    fit_generator is gone (fit takes generators and datasets), and a float number of
    steps raises TypeError: a whole pass is math.ceil(samples / 32) steps, which is
    len(train_data) for a batched dataset.

    Returns:
        the History of the run (one entry per epoch, "loss" and "val_loss").

    The grader will try 5 training batches and 7 test batches, with steps_per_epoch
    None, 3 and 7 and validation_fraction 0.25, 0.5 and 0.3.
    """
    raise NotImplementedError


def augmentation_layers():
    """Note 004's ImageDataGenerator settings as Keras 3 layers, for training data only.

    Note 004 augments its training images with ImageDataGenerator settings, and only
    rescales its test images. In Keras 3 the same work is done by preprocessing layers,
    which can sit inside a model. Translate each training setting into a layer:
      - rescale=1.0/255: pixels scaled by 1/255 (0 -> 0, 255 -> 1), once;
      - width_shift_range=0.3: a random shift sideways only, up to 30 % of the width;
      - rotation_range=30: a random rotation of up to 30 degrees either way. Keras 3's
        rotation layer takes a fraction of a full turn, not degrees: 30 degrees is
        30/360 = 0.0833...;
      - zoom_range=0.3: a random zoom in or out by up to 30 % (the same in width, if
        you set it apart);
      - horizontal_flip=True, vertical_flip=True: random flips both ways (one layer
        or two).
    The test pipeline: the rescaling and nothing else.

    The random layers change images only when called in training mode (in fit), and let
    them through at inference; a test pipeline must never change its images.

    Returns:
        (train_preprocessing, test_preprocessing), two keras.Sequential models.

    The grader calls both in training and in inference mode; the training layers may
    come in any order.
    """
    raise NotImplementedError


def legacy_train_generator(directory, image_size=(32, 32), batch_size=32):
    """Note 004's training generator: an ImageDataGenerator that rescales and augments (deprecated).

    Note 004 reads its training folder through an ImageDataGenerator set to rescale and
    augment. Porting old code starts with reading it setting by setting;
    `augmentation_layers` writes the same augmentation as Keras 3 layers. Keras 3: the
    class imports only as tf.keras.preprocessing.image.ImageDataGenerator.

    Args:
        directory: one folder per class.
        image_size: (height, width) every image is resized to.
        batch_size: images per batch.

    The settings, as note 004 has them, each in the generator's own units:
      - rescale 1.0/255: pixels come out in [0, 1];
      - width_shift_range 0.3, a fraction of the width: sideways only, no height shift;
      - rotation_range 30, in degrees (not 30/360 as for Keras 3's rotation layer);
      - zoom_range 0.3: zoom factors from 0.7 to 1.3 ([0.7, 1.3] says the same);
      - horizontal_flip and vertical_flip on;
      - no other augmentation: shear, brightness and channel shifts stay off.
    Images resized to `image_size`, `batch_size` per batch, one 0.0 / 1.0 label per
    image (the binary class mode), by the sorted class folders.

    Drawing augmented batches also needs SciPy, which the kit does not install: the
    grader reads the generator's settings, not its images.

    Returns:
        the iterator that flowing from the folder gives (its .image_data_generator holds
        the settings).
    """
    raise NotImplementedError


def tfds_splits(name="tf_flowers", train_percent=80, data_dir=None):
    """Load a TensorFlow Datasets data set as a training and a validation slice, with its info.

    Note 003's checklist asks for data sets from TensorFlow Datasets (tensorflow-datasets):
    ready-made data sets served by name, downloaded and prepared into a folder the first
    time, read from there after. Many, like tf_flowers (3,670 photos of 5 kinds of flower,
    a download of about 220 MB), have a single "train" split: a validation set is cut out
    of it as a slice, and what the data set is (its class names, its size) is read from the
    info that comes with it, not counted or guessed.

    Arguments:
        name: the data set's name in the TensorFlow Datasets catalogue.
        train_percent: the share of "train", in whole percent, that trains; the rest validates.
        data_dir: the folder the data set lives in, passed through (None: the library's
            default folder); a data set not there yet is downloaded and prepared, as at home.

    Returns:
        (train, validation, class_names, num_examples):
          - train: the first train_percent % of the "train" split, in the split's order;
          - validation: the rest of it, in order; no example in both, together the whole split;
          - both unbatched tf.data.Datasets of (image, label) pairs, as model.fit reads them,
            not dictionaries;
          - class_names: the label names as the data set's info gives them (str, label k is
            class_names[k]);
          - num_examples: the size of the whole "train" split, from the info (an int): not a
            slice's size, and not every split together.

    Import the library inside the function, so that this section's other exercises never
    pay for loading it.

    The grader runs offline: a tiny data set of its own (12 images in "train", 5 in "test",
    4 classes) stands in for tf_flowers. It calls tfds_splits with its name, train_percent
    70 and then 50, and an empty data_dir, and compares each slice with the split, example
    by example. Loading any other data set, or into another folder, fails.
    """
    raise NotImplementedError
