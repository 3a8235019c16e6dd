"""Wrong: Loaded the folder once (shuffled) and cut it with take/skip on batches; the loader reshuffles on every pass, so the two parts overlap and miss files; breaks 'Together the two parts hold every file exactly once'."""
EXERCISE, VERDICT = "data.load_split", "wrong"
MUTATE = [
    ("""    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,
                  validation_split=0.2, seed=seed)
    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)
    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)
    return train, validation""",
     """    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size, batch_size=batch_size,
                                                       label_mode=label_mode, seed=seed)
    train_batches = int(0.8 * len(dataset))
    return dataset.take(train_batches), dataset.skip(train_batches)"""),
]
