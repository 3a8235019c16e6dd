"""Correct: One call with subset='both', which returns the training and validation parts of the same split."""
EXERCISE, VERDICT = "data.load_split", "done"
MUTATE = [
    ('    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)\n    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)\n',
     '    train, validation = keras.utils.image_dataset_from_directory(directory, subset="both", **common)\n'),
]
