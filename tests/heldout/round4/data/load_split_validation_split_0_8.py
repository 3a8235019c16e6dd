"""Wrong: Passed validation_split=0.8, reading it as the training share; breaks '20 % of the files go to validation'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ("""    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,
                  validation_split=0.2, seed=seed)
    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)
    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)
    return train, validation""",
     """    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,
                  validation_split=0.8, seed=seed)
    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)
    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)
    return train, validation"""),
]
