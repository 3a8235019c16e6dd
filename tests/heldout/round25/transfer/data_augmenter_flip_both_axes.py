"""Wrong: the learner wrote keras.layers.RandomFlip() with its default mode, saw flipped images in training mode and untouched ones otherwise, and moved on; the default is "horizontal_and_vertical", so images also turn upside down; breaks 'a random horizontal flip'."""

EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"

MUTATE = [
    ('def data_augmenter():\n    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),',
     'def data_augmenter():\n    return keras.Sequential([\n        keras.layers.RandomFlip(),'),
]
