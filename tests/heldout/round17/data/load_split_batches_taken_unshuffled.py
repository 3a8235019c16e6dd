"""Wrong: loads the folder once unshuffled and keeps the first len(dataset) // 5 batches for validation, so the split is by whole batches in folder order, never shuffled with the seed (12 files in batches of 4 give no validation at all); breaks '20 % of the files go to validation'."""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    ('    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)\n    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)',
     '    dataset = keras.utils.image_dataset_from_directory(directory, image_size=image_size, batch_size=batch_size,\n                                                       label_mode=label_mode, shuffle=False)\n    n_validation = len(dataset) // 5\n    train, validation = dataset.skip(n_validation), dataset.take(n_validation)'),
]
