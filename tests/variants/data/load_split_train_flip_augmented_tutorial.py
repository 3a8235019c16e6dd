"""Wrong: maps the Keras tutorial's RandomFlip over the training part (training=True); breaks 'images keep their 0..255 pixel values (no rescaling or augmentation here)'."""

EXERCISE, VERDICT, SAYS = "data.load_split", "wrong", "training"

MUTATE = [
    ('train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)\n    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)\n    return train, validation',
     'train = keras.utils.image_dataset_from_directory(directory, subset="training", **common)\n    validation = keras.utils.image_dataset_from_directory(directory, subset="validation", **common)\n    flip = keras.layers.RandomFlip("horizontal")\n    train = train.map(lambda x, y: (flip(x, training=True), y))\n    return train, validation'),
]
