"""Wrong: a chatbot's stand-in for RandomHeight / RandomWidth, RandomShear(y_factor=0.2) and RandomShear(x_factor=0.2), which slants the content instead of stretching it; breaks 'zoom in height only (0.2), zoom in width only (0.2)'."""

EXERCISE, VERDICT, SAYS = "transfer.augmentation_block", "wrong", "your code returned a Sequential that the grader cannot rebui"

MUTATE = [
    ('keras.layers.RandomZoom(height_factor=0.2, width_factor=0.0),\n        keras.layers.RandomZoom(height_factor=0.0, width_factor=0.2),',
     'keras.layers.RandomShear(x_factor=0.0, y_factor=0.2),\n        keras.layers.RandomShear(x_factor=0.2, y_factor=0.0),'),
]
