"""Data pipelines: load images, CSV and JSON into tf.data (note 003 tutorial3; notes 002, 004).

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

    `directory` holds one folder per class (directory/cats/*.png, directory/dogs/*.png).
    `keras.utils.image_dataset_from_directory` reads it in batches, resizes every image
    to `image_size` (height, width) and takes each label from its folder's name: classes
    are numbered in sorted (alphabetical) order of the folder names. The images keep
    their 0..255 pixel values: no rescaling or augmentation here. Note 002 splits off
    20% for validation by calling it twice with `validation_split=0.2`,
    `subset="training"` and then `subset="validation"`.

    Both calls must use the same `seed` (and the same split): the files are shuffled
    with it before they are split, so two seeds give two parts that overlap and miss
    files. Together the two parts must hold every file exactly once.

    `label_mode` is passed through: "int" (labels 0, 1, 2, ...), "categorical"
    (one-hot rows, for categorical_crossentropy) or "binary" (0.0 / 1.0 in shape
    (batch, 1), for two classes and binary_crossentropy).

    Keras 3 spells it keras.utils.image_dataset_from_directory (not
    tf.keras.preprocessing.image_dataset_from_directory as in note 001).

    Returns:
        (train_dataset, validation_dataset), each yielding (images, labels) batches.
    """
    raise NotImplementedError


def legacy_generator(directory, image_size=(32, 32), batch_size=32):
    """Note 004's loader, the deprecated route: ImageDataGenerator(...).flow_from_directory.

    Older tutorials (note 004) read class folders with a generator:

        datagen = ImageDataGenerator(rescale=1.0 / 255)
        datagen.flow_from_directory(directory, target_size=..., batch_size=..., class_mode="binary")

    Keras 3 keeps it only as a deprecated legacy class: `from keras.preprocessing.image
    import ImageDataGenerator` fails. It still imports as
    `tf.keras.preprocessing.image.ImageDataGenerator` (and needs Pillow). Learn to
    read it, then write `modern_loader` for new code.

    Scale pixels to [0, 1] (rescale=1/255, and no augmentation arguments), resize to
    `image_size`, and use class_mode="binary" (one 0.0 / 1.0 label per image, by the
    sorted class folders), as note 004 does.

    Returns:
        the iterator that flow_from_directory returns (it knows .class_indices and .samples).
    """
    raise NotImplementedError


def modern_loader(directory, image_size=(32, 32), batch_size=32):
    """Rewrite `legacy_generator` with the modern API: same classes, counts and labels.

    Use keras.utils.image_dataset_from_directory with label_mode="binary" (labels of
    shape (batch, 1), 0.0 or 1.0, like class_mode="binary"), the same `image_size`
    and `batch_size`, and no validation split. ImageDataGenerator's rescale=1/255
    has no argument here: map the dataset through keras.layers.Rescaling(1/255)
    (or divide by 255.0) so that pixels lie in [0, 1], and change nothing else:
    augmentation is done by layers in the model (keras.layers.RandomFlip, ...), not here.

    Returns:
        a tf.data.Dataset of (images in [0, 1], binary labels) batches.
    """
    raise NotImplementedError


def fast_pipeline(dataset, batch_size=32, shuffle_buffer=1000):
    """Make an input pipeline fast: cache, shuffle, batch, prefetch (note 002).

    `dataset` yields single (features, label) examples, and reading each one is slow
    (think: decoding a file). In this order:
      1. .cache(): the first epoch reads the examples, later epochs replay them
         from memory;
      2. .shuffle(shuffle_buffer): after the cache, so every epoch gets a new order
         (a shuffle before the cache would be frozen into it);
      3. .batch(batch_size): after the shuffle; shuffling batches only moves
         whole blocks of neighbours around. Keep the smaller last batch;
      4. .prefetch(tf.data.AUTOTUNE): prepares the next batch while the model
         trains on this one (note 002 spells it tf.data.experimental.AUTOTUNE).

    Returns:
        the new tf.data.Dataset of batches.
    """
    raise NotImplementedError


def csv_dataset(path, label_name="label"):
    """Read a CSV file into a tf.data.Dataset of (features, label) examples.

    The file has a header row and numbers in every column; the column called
    `label_name` (anywhere, not always last) holds an integer class. One example per
    row, in the file's order; each example is:
        features: float32 vector of the other columns, in the file's column order;
        label:    one integer (int32 or int64), a scalar.

    Missing values (an empty field, as in `3.5,,1`):
        - a missing feature becomes 0.0;
        - a row whose label is missing is dropped.

    Python's csv module plus tf.data.Dataset.from_tensor_slices works, and so does
    tf.data.experimental.CsvDataset(path, record_defaults=..., header=True): its
    record_defaults give the value used for empty fields.

    Returns:
        an unbatched tf.data.Dataset of (features, label).
    """
    raise NotImplementedError


def json_dataset(path, feature_names, label_name="label"):
    """Read a JSON file into the same kind of dataset as `csv_dataset`.

    Two layouts, told apart by the file name:
        *.json   one JSON array of objects: [{"a": 1.0, "b": 2.0, "label": 0}, ...]
        *.jsonl  JSON lines: one object per line, no surrounding array.

    Each object is one example, in the file's order; its label is the value of
    `label_name`. The features are the values of `feature_names`, in the order of
    `feature_names`: do not rely on the order of the keys inside the object, which
    may differ from line to line. `json.load` reads an array, `json.loads(line)` one line.

    Returns:
        an unbatched tf.data.Dataset of (float32 features vector, integer label).
    """
    raise NotImplementedError


def combine_sources(csv_path, json_path, feature_names, label_name="label", mixed=False):
    """Use data from two sources as one dataset: a CSV file and a JSON file.

    Read both (your `csv_dataset` and `json_dataset` do it: the CSV's columns are
    `feature_names` then `label_name`) and join them:
        mixed=False: every CSV example, then every JSON example:
                     first.concatenate(second);
        mixed=True:  the two sources mixed together, so that a batch sees both:
                     tf.data.Dataset.sample_from_datasets([first, second]) (or
                     choose_from_datasets, or interleave).
    Either way every example of both files appears exactly once: nothing dropped
    when one source runs out first (sample_from_datasets stops at the first empty
    source if you pass stop_on_empty_dataset=True).

    Returns:
        an unbatched tf.data.Dataset of (features, label).
    """
    raise NotImplementedError


def feature_dicts(images, labels):
    """Build a dataset that yields feature dictionaries, as TensorFlow Datasets does.

    TensorFlow Datasets (tfds.load) yields each example as a dictionary such as
    {"image": <uint8 image>, "label": <int>}. This kit does not download tfds data:
    build the same kind of dataset from arrays with
    tf.data.Dataset.from_tensor_slices, which slices a dictionary of arrays along
    their first axis into one dictionary per example.

    Args:
        images: uint8 array (n, height, width, channels).
        labels: integer array (n,).

    Returns:
        a tf.data.Dataset whose elements are {"image": image, "label": label}, the
        values and dtypes of the arrays unchanged.
    """
    raise NotImplementedError


def image_label_pairs(dataset, batch_size=32):
    """Turn a dataset of feature dictionaries into training batches of (image, label).

    `dataset` yields {"image": uint8 image, "label": int} (see `feature_dicts`), and
    some examples are unlabelled: their label is -1. model.fit wants (inputs, target)
    pairs, so chain tf.data steps:
        .map(...)      dict -> (image as float32 / 255.0, label)
        .filter(...)   keep only examples with label >= 0 (the function returns a
                       boolean tensor: use tensor comparisons, not Python `if`)
        .shuffle(...)  then .batch(batch_size) (keeping the smaller last batch)
                       then .prefetch(tf.data.AUTOTUNE)

    Returns:
        a tf.data.Dataset of (float32 images in [0, 1], labels) batches.
    """
    raise NotImplementedError


def fit_steps(model, train_data, test_data, epochs=5, steps_per_epoch=None, validation_fraction=0.25):
    """Fit on batched datasets, choosing how many batches each epoch trains and validates on (notes 001, 004).

    `model` is compiled; `train_data` and `test_data` are batched tf.data.Datasets, one
    pass over the data each (len(dataset) is their number of batches). Note 001 writes:

        model.fit(train_data, epochs=5, steps_per_epoch=len(train_data),
                  validation_data=test_data, validation_steps=int(0.25 * len(test_data)))

    Fit `model` for `epochs` epochs with validation_data=test_data, so that:
      - every epoch trains on exactly `steps_per_epoch` batches of train_data; when it is
        None, on len(train_data) batches (one whole pass, the smaller last batch too);
        a number smaller or larger than len(train_data) holds for every epoch. Keras 3
        carries one iterator from epoch to epoch, and an epoch whose iterator runs out
        ends early ("Your input ran out of data"): give fit train_data.repeat(), and
        with it always an integer steps_per_epoch;
      - every epoch validates on int(validation_fraction * len(test_data)) batches of
        test_data (validation_steps), rounded down as int() does.

    Note 004's Keras 2 code, model.fit_generator(train_generator,
    steps_per_epoch=train_generator.samples / 32, ...), fails twice in Keras 3:
    fit_generator is gone (model.fit takes generators and datasets), and a float
    number of steps raises TypeError: a whole pass is math.ceil(samples / 32) steps,
    which is len(train_data) for a batched dataset.

    Returns:
        the History that model.fit returns (one entry per epoch, "loss" and "val_loss").
    """
    raise NotImplementedError


def augmentation_layers():
    """Note 004's ImageDataGenerator settings as Keras 3 layers, for training data only.

    Note 004 augments its training images and only rescales its test images:

        train_datagen = ImageDataGenerator(rescale=1.0/255, width_shift_range=0.3,
                                           rotation_range=30, zoom_range=0.3,
                                           horizontal_flip=True, vertical_flip=True)
        test_datagen = ImageDataGenerator(rescale=1.0/255)

    Build the same as two keras.Sequential models of layers:
      train: keras.layers.Rescaling(1/255) and, in any order,
             RandomTranslation(height_factor=0.0, width_factor=0.3)   (width_shift_range=0.3:
                 sideways only, up to 30% of the width),
             RandomRotation(30 / 360)   (rotation_range=30 is in degrees; Keras 3's factor
                 is a fraction of a full turn: 30 degrees = 30/360 = 0.0833...),
             RandomZoom(0.3)   (zoom_range=0.3: in or out by up to 30%; an equal
                 width_factor=0.3 too, if you like),
             RandomFlip("horizontal_and_vertical")   (both flips; or two layers,
                 RandomFlip("horizontal") and RandomFlip("vertical"));
      test:  keras.layers.Rescaling(1/255) and nothing else.

    The random layers change images only when called with training=True (in fit), and
    let them through at inference; a test pipeline must never change its images.

    Returns:
        (train_preprocessing, test_preprocessing), two keras.Sequential models.
    """
    raise NotImplementedError


def legacy_train_generator(directory, image_size=(32, 32), batch_size=32):
    """Note 004's training generator: ImageDataGenerator that rescales and augments (deprecated).

    Note 004 reads its training folder with (Keras 3: tf.keras.preprocessing.image.ImageDataGenerator):

        train_datagen = ImageDataGenerator(rescale=1.0/255, width_shift_range=0.3,
                                           rotation_range=30, zoom_range=0.3,
                                           horizontal_flip=True, vertical_flip=True)
        train_datagen.flow_from_directory(directory, target_size=..., batch_size=..., class_mode="binary")

    Write the same, with target_size=image_size and batch_size=batch_size. The generator's
    ranges are in its own units: rotation_range in degrees (30, not 30/360 as for
    keras.layers.RandomRotation), width_shift_range a fraction of the width (sideways
    only: no height_shift_range), zoom_range=0.3 zooms by factors from 0.7 to 1.3
    (zoom_range=[0.7, 1.3] says the same). No other augmentation (shear, brightness,
    channel shifts stay off). Pixels come out in [0, 1]; one 0.0 / 1.0 label per image,
    by the sorted class folders. (Drawing augmented batches also needs SciPy, which
    the kit does not install: the grader reads the generator's settings, not its images.)

    `augmentation_layers` writes the same augmentation as Keras 3 layers.

    Returns:
        the iterator that flow_from_directory returns (its .image_data_generator holds the settings).
    """
    raise NotImplementedError


def tfds_splits(name="tf_flowers", train_percent=80, data_dir=None):
    """Load a TensorFlow Datasets data set as training and validation slices, with its info (note 003).

    TensorFlow Datasets (the package tensorflow-datasets: `import tensorflow_datasets as tfds`,
    here inside the function, so that the section's other exercises never load it) serves
    ready-made data sets by name. tfds.load(name, ...) downloads and prepares one into
    `data_dir` the first time (None: tfds's default folder, ~/tensorflow_datasets), then
    reads it from there. tf_flowers (3,670 photos of 5 kinds of flower, a download of about
    220 MB) has one split, "train": a validation set is cut out of it with split slices,
    "train[:80%]" (the first 80% of the split) and "train[80%:]" (the rest).

    Load `name` with one call of tfds.load:
      - split=[f"train[:{train_percent}%]", f"train[{train_percent}%:]"]: the first
        train_percent % of "train" for training, the rest for validation, each in the
        split's order (a list of two splits gives a list of two datasets);
      - as_supervised=True: each element an (image, label) pair, as model.fit reads them,
        not a dictionary {"image": ..., "label": ...};
      - with_info=True: tfds.load also returns the data set's info (a DatasetInfo);
      - data_dir=data_dir, passed through; download left at its default, True (a data set
        not yet in data_dir is downloaded and prepared; one already there is only read).
    From the info, read (do not count or guess):
      - the class names, info.features["label"].names, in the data set's order: label k
        is names[k];
      - the size of the whole "train" split, info.splits["train"].num_examples: not a
        slice's size, and not all splits together (a data set may have a "test" split too).

    The grader runs offline: a tiny data set of its own (12 images in "train", 5 in "test",
    4 classes) stands in for tf_flowers. It calls tfds_splits(name=<its name>,
    train_percent=70, then 50, data_dir=<an empty folder>), where tfds.load prepares it as
    it would download a real one, and compares each slice with the split, example by
    example. Loading any other data set, or into another folder, fails.

    Returns:
        (train, validation, class_names, num_examples): the two unbatched tf.data.Datasets
        of (image, label) as tfds.load returns them, the list of class names (str), and
        the number of examples in "train" (an int).
    """
    raise NotImplementedError
