"""Wrong: builds the validation part without image_size, so its images come at the loader's default 256x256; breaks 'image_size: (height, width) every image is resized to.'."""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    ('    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)',
     '    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", batch_size=batch_size,\n                                                          label_mode=label_mode, validation_split=0.2, seed=seed)'),
]
