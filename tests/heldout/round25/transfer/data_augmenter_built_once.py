"""Wrong: the learner built the block once at import time and returns that same Sequential on every call, to save rebuilding it; one call works, but every model then shares one block object; breaks 'makes anew the models and callbacks it returns' (and changes nothing of this module's state)."""

EXERCISE, VERDICT = "transfer.data_augmenter", "wrong"

MUTATE = [
    ('def data_augmenter():\n    return keras.Sequential([\n        keras.layers.RandomFlip("horizontal"),\n        keras.layers.RandomRotation(0.2),\n    ])',
     '_AUGMENTER = keras.Sequential([\n'
     '    keras.layers.RandomFlip("horizontal"),\n'
     '    keras.layers.RandomRotation(0.2),\n'
     '])\n\n\n'
     'def data_augmenter():\n    return _AUGMENTER'),
]
