"""Wrong: the learner loaded the folder once and cut it with take/skip on whole batches (a fifth of them for validation); the split is by batches, not 20 % of the files, and the shuffled dataset reshuffles on every pass so the parts overlap; breaks '20 % of the files go to validation' and 'Together the two parts hold every file exactly once'."""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    ('    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,\n                  validation_split=0.2, seed=seed)\n    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)\n    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)\n    return train, validation',
     '    full = keras.utils.image_dataset_from_directory(directory, image_size=image_size, batch_size=batch_size,\n                                                    label_mode=label_mode, seed=seed)\n    n_batches = len(full)\n    n_validation = max(1, n_batches // 5)\n    train = full.take(n_batches - n_validation)\n    validation = full.skip(n_batches - n_validation)\n    return train, validation'),
]
