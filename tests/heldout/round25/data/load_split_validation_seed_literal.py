"""Wrong: the learner wrote the validation call with the literal seed=42 of their first try (the default, so their own check matched) and passed `seed` only to the training call; with any other seed the two calls shuffle the files two ways, so the parts overlap and miss files; breaks 'Both parts are made with the same seed and the same split'."""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    ('                  validation_split=0.2, seed=seed)\n    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)\n    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)',
     '                  validation_split=0.2)\n    train = keras.utils.image_dataset_from_directory(directory, subset="training", seed=seed, **common)\n    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", seed=42, **common)'),
]
