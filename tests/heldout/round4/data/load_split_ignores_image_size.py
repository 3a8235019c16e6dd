"""Wrong: Did not pass image_size, so every image comes out at the loader's default 256x256; breaks 'image_size: (height, width) every image is resized to'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ("""    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,
                  validation_split=0.2, seed=seed)
    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)
    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)
    return train, validation""",
     """    common = dict(batch_size=batch_size, label_mode=label_mode,
                  validation_split=0.2, seed=seed)
    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)
    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)
    return train, validation"""),
]
