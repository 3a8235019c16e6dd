"""Right: One call with subset="both" returns the training and validation parts with the same seed and split."""
EXERCISE, VERDICT = "data.load_split", "done"
MUTATE = [
    ('    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)\n    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)',
     '    train, validation = keras.utils.image_dataset_from_directory(directory, subset="both", **common)'),
]
