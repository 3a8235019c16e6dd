"""Wrong: writes two explicit calls and forgets label_mode in the validation one, which then uses the default 'int'; breaks 'label_mode: passed through'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ('''    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)
    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)''',
     '''    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)
    validation = keras.utils.image_dataset_from_directory(directory, validation_split=0.2, subset="validation",
                                                         seed=seed, image_size=image_size, batch_size=batch_size)'''),
]
