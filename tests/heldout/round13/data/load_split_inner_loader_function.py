"""Right: writes a small inner function load(subset) that calls the loader with every setting, and calls it for "training" then "validation"."""

EXERCISE, VERDICT = "data.load_split", "done"

MUTATE = [
    ('    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,\n                  validation_split=0.2, seed=seed)\n    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)\n    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)\n    return train, validation',
     '    def load(subset):\n        return keras.utils.image_dataset_from_directory(\n            directory, labels="inferred", label_mode=label_mode, image_size=image_size,\n            batch_size=batch_size, shuffle=True, seed=seed, validation_split=0.2, subset=subset)\n\n    return load("training"), load("validation")'),
]
