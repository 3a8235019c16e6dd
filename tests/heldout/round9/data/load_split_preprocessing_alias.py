"""Right: calls the loader through its other Keras 3 name, keras.preprocessing.image_dataset_from_directory, with the same arguments."""

EXERCISE, VERDICT = "data.load_split", "done"

MUTATE = [
    (
        '    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)\n',
        '    train = keras.preprocessing.image_dataset_from_directory(directory, subset="training", **common)\n',
    ),
    (
        '    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)\n',
        '    validation = keras.preprocessing.image_dataset_from_directory(directory, subset="validation", **common)\n',
    ),
]
