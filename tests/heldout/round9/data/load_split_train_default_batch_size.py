"""Wrong: spells the two loader calls out and leaves batch_size out of the training one, so training comes in Keras's default batches of 32 whatever batch_size says (the validation call has it); breaks 'batch_size: images per batch (the last batch may be smaller)'."""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    (
        '    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,\n                  validation_split=0.2, seed=seed)\n    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)\n    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)\n',
        '    train = keras.utils.image_dataset_from_directory(directory, validation_split=0.2, subset="training", seed=seed,\n                                                     image_size=image_size, label_mode=label_mode)\n    validation = keras.utils.image_dataset_from_directory(directory, validation_split=0.2, subset="validation",\n                                                          seed=seed, image_size=image_size, batch_size=batch_size,\n                                                          label_mode=label_mode)\n',
    ),
]
