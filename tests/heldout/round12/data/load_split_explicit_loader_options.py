"""Right: calls the loader twice with every option written out, including the defaults it relies on (labels="inferred", shuffle=True, interpolation="bilinear")."""

EXERCISE, VERDICT = "data.load_split", "done"

MUTATE = [
    ('    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,\n                  validation_split=0.2, seed=seed)\n    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)\n    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)',
     '    def part(subset):\n        return keras.utils.image_dataset_from_directory(\n            directory, labels="inferred", label_mode=label_mode, image_size=image_size, batch_size=batch_size,\n            shuffle=True, seed=seed, validation_split=0.2, subset=subset, interpolation="bilinear")\n\n    train = part("training")\n    validation = part("validation")'),
]
