"""Wrong: loads "binary" as int labels and casts them to float32 by hand, the way a PyTorch BCELoss target is made, without the (batch, 1) axis; breaks '"binary" (0.0 / 1.0 in shape (batch, 1), ...)'."""

EXERCISE, VERDICT, SAYS = "data.load_split", "wrong", "training"

MUTATE = [
    ('train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)\n    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)\n    return train, validation',
     'if label_mode == "binary":\n        common["label_mode"] = "int"\n    train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)\n    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)\n    if label_mode == "binary":\n        train = train.map(lambda x, y: (x, tf.cast(y, tf.float32)))\n        validation = validation.map(lambda x, y: (x, tf.cast(y, tf.float32)))\n    return train, validation'),
]
