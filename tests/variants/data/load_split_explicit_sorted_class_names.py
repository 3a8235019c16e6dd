"""Right: lists the class folders itself (sorted names of the subfolders) and passes them as class_names, then loads both parts in one call with subset="both", 20 % validation and the given seed."""

EXERCISE, VERDICT, SAYS = "data.load_split", "done", ""

import os

import keras


def load_split(directory, image_size=(32, 32), batch_size=32, label_mode="int", seed=42):
    class_names = sorted(entry.name for entry in os.scandir(directory) if entry.is_dir())
    train, validation = keras.utils.image_dataset_from_directory(
        directory,
        labels="inferred",
        label_mode=label_mode,
        class_names=class_names,
        image_size=image_size,
        batch_size=batch_size,
        shuffle=True,
        seed=seed,
        validation_split=0.2,
        subset="both",
    )
    return train, validation
