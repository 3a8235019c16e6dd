"""Wrong: loads the folder once in batches and splits the batched dataset with keras.utils.split_dataset, so whole batches go to validation (4 of 12 files in batches of 4, not 20 %); breaks '20 % of the files go to validation'."""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    (
        '    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,\n                  validation_split=0.2, seed=seed)\n    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)\n    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)\n    return train, validation\n',
        '    full = keras.utils.image_dataset_from_directory(directory, image_size=image_size, batch_size=batch_size,\n                                                    label_mode=label_mode, seed=seed)\n    train, validation = keras.utils.split_dataset(full, left_size=0.8, shuffle=True, seed=seed)\n    return train, validation\n',
    ),
]
