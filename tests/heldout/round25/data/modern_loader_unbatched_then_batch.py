"""Right: loads single examples (batch_size=None) with integer labels, scales by dividing by 255.0, turns each label into a float vector of one, then batches (keeping the smaller last batch)."""

EXERCISE, VERDICT = "data.modern_loader", "done"

import csv
import json

import keras
import numpy as np
import tensorflow as tf

AUTOTUNE = tf.data.AUTOTUNE


def load_split(directory, image_size=(32, 32), batch_size=32, label_mode="int", seed=42):
    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,
                  validation_split=0.2, seed=seed)
    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)
    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)
    return train, validation


def legacy_generator(directory, image_size=(32, 32), batch_size=32):
    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)
    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode="binary")


def modern_loader(directory, image_size=(32, 32), batch_size=32):
    examples = keras.utils.image_dataset_from_directory(directory, image_size=image_size, batch_size=None,
                                                        label_mode="int", shuffle=True)

    def scale(image, label):
        return tf.cast(image, tf.float32) / 255.0, tf.reshape(tf.cast(label, tf.float32), (1,))

    return examples.map(scale, num_parallel_calls=AUTOTUNE).batch(batch_size)


def fast_pipeline(dataset, batch_size=32, shuffle_buffer=1000):
    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)


def csv_dataset(path, label_name="label"):
    with open(path, newline="") as file:
        rows = list(csv.DictReader(file))
    names = [name for name in rows[0] if name != label_name]
    rows = [row for row in rows if row[label_name] != ""]
    features = [[float(row[name] or 0.0) for name in names] for row in rows]
    labels = [int(row[label_name]) for row in rows]
    return tf.data.Dataset.from_tensor_slices(
        (np.array(features, dtype="float32").reshape(-1, len(names)), np.array(labels, dtype="int32")))


def json_dataset(path, feature_names, label_name="label"):
    with open(path) as file:
        if path.endswith(".jsonl"):
            records = [json.loads(line) for line in file if line.strip()]
        else:
            records = json.load(file)
    features = [[record[name] for name in feature_names] for record in records]
    labels = [record[label_name] for record in records]
    return tf.data.Dataset.from_tensor_slices(
        (np.array(features, dtype="float32"), np.array(labels, dtype="int32")))


def combine_sources(csv_path, json_path, feature_names, label_name="label", mixed=False):
    first = csv_dataset(csv_path, label_name)
    second = json_dataset(json_path, feature_names, label_name)
    if not mixed:
        return first.concatenate(second)
    return tf.data.Dataset.sample_from_datasets([first, second], seed=0, stop_on_empty_dataset=False)


def feature_dicts(images, labels):
    return tf.data.Dataset.from_tensor_slices({"image": images, "label": labels})


def image_label_pairs(dataset, batch_size=32):
    def to_pair(example):
        return tf.cast(example["image"], tf.float32) / 255.0, example["label"]

    return (dataset.map(to_pair, num_parallel_calls=AUTOTUNE)
            .filter(lambda image, label: label >= 0)
            .shuffle(1000)
            .batch(batch_size)
            .prefetch(AUTOTUNE))


def fit_steps(model, train_data, test_data, epochs=5, steps_per_epoch=None, validation_fraction=0.25):
    steps = len(train_data) if steps_per_epoch is None else steps_per_epoch
    return model.fit(train_data.repeat(), epochs=epochs, steps_per_epoch=steps, validation_data=test_data,
                     validation_steps=int(validation_fraction * len(test_data)), verbose=0)


def augmentation_layers():
    train = keras.Sequential([
        keras.layers.Rescaling(1.0 / 255),
        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),
        keras.layers.RandomRotation(30 / 360),
        keras.layers.RandomZoom(0.3),
        keras.layers.RandomFlip("horizontal_and_vertical"),
    ])
    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])
    return train, test


def legacy_train_generator(directory, image_size=(32, 32), batch_size=32):
    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, width_shift_range=0.3,
                                                              rotation_range=30, zoom_range=0.3,
                                                              horizontal_flip=True, vertical_flip=True)
    return datagen.flow_from_directory(directory, target_size=image_size, class_mode="binary",
                                       batch_size=batch_size)


def tfds_splits(name="tf_flowers", train_percent=80, data_dir=None):
    import tensorflow_datasets as tfds

    split = [f"train[:{train_percent}%]", f"train[{train_percent}%:]"]
    (train, validation), info = tfds.load(name, split=split, as_supervised=True, with_info=True, data_dir=data_dir)
    return train, validation, info.features["label"].names, info.splits["train"].num_examples
