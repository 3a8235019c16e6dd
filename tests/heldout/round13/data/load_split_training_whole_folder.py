"""Wrong: loads the training part from the whole folder (no validation_split, no subset) and only the validation part with the 20 % split, so the validation files are trained on too; breaks 'Together the two parts hold every file exactly once.'."""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    ('    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)',
     '    train = keras.utils.image_dataset_from_directory(directory, image_size=image_size, batch_size=batch_size,\n                                                     label_mode=label_mode, seed=seed)'),
]
