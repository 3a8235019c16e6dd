"""Right: Two explicit calls with labels='inferred', shuffle=True and every argument spelt out, the same seed and split in both."""
EXERCISE, VERDICT = "data.load_split", "done"
MUTATE = [
    ("""    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,
                  validation_split=0.2, seed=seed)
    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)
    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)
    return train, validation""",
     """    train = keras.utils.image_dataset_from_directory(
        directory, labels="inferred", label_mode=label_mode, image_size=image_size, batch_size=batch_size,
        shuffle=True, seed=seed, validation_split=0.2, subset="training")
    validation = keras.utils.image_dataset_from_directory(
        directory, labels="inferred", label_mode=label_mode, image_size=image_size, batch_size=batch_size,
        shuffle=True, seed=seed, validation_split=0.2, subset="validation")
    return train, validation"""),
]
