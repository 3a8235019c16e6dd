"""Right: one keyword dict, and the two parts made in a loop over the subset names with the same seed and split."""

EXERCISE, VERDICT = "data.load_split", "done"

import keras


def load_split(directory, image_size=(32, 32), batch_size=32, label_mode="int", seed=42):
    settings = {
        "labels": "inferred",
        "label_mode": label_mode,
        "image_size": tuple(image_size),
        "batch_size": batch_size,
        "shuffle": True,
        "seed": seed,
        "validation_split": 0.2,
    }
    parts = [keras.utils.image_dataset_from_directory(directory, subset=subset, **settings)
             for subset in ("training", "validation")]
    return parts[0], parts[1]
