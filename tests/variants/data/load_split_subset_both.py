"""Correct: one call with subset="both" returns the training and validation parts together."""
EXERCISE, VERDICT, SAYS = "data.load_split", "done", ""

import keras


def load_split(directory, image_size=(32, 32), batch_size=32, label_mode="int", seed=42):
    return keras.utils.image_dataset_from_directory(
        directory, image_size=image_size, batch_size=batch_size, label_mode=label_mode,
        validation_split=0.2, subset="both", seed=seed)
