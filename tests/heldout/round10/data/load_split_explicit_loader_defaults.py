"""Right: spells out the loader's defaults (labels inferred, rgb, bilinear, shuffle) and passes every argument by keyword in two separate calls."""

EXERCISE, VERDICT = "data.load_split", "done"

MUTATE = [
    ('    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,\n                  validation_split=0.2, seed=seed)\n    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)\n    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)\n',
     '    train = keras.utils.image_dataset_from_directory(\n        directory=directory, labels="inferred", label_mode=label_mode, color_mode="rgb",\n        batch_size=batch_size, image_size=image_size, shuffle=True, seed=seed,\n        validation_split=0.2, subset="training", interpolation="bilinear")\n    validation = keras.utils.image_dataset_from_directory(\n        directory=directory, labels="inferred", label_mode=label_mode, color_mode="rgb",\n        batch_size=batch_size, image_size=image_size, shuffle=True, seed=seed,\n        validation_split=0.2, subset="validation", interpolation="bilinear")\n'),
]
