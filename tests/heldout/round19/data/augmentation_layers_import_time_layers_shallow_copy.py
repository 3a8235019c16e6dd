"""Wrong: builds the training layers once at import and gives each call a shallow copy of that list, so every call's model holds the same layer objects; breaks 'makes anew the models and callbacks it returns'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('import keras\n',
     'import copy\n\nimport keras\n'),
    ('def augmentation_layers():\n',
     '_TRAIN_LAYERS = [\n    keras.layers.Rescaling(1.0 / 255),\n    keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),\n    keras.layers.RandomRotation(30 / 360),\n    keras.layers.RandomZoom(0.3),\n    keras.layers.RandomFlip("horizontal_and_vertical"),\n]\n\n\ndef augmentation_layers():\n'),
    ('    train = keras.Sequential([\n        keras.layers.Rescaling(1.0 / 255),\n        keras.layers.RandomTranslation(height_factor=0.0, width_factor=0.3),\n        keras.layers.RandomRotation(30 / 360),\n        keras.layers.RandomZoom(0.3),\n        keras.layers.RandomFlip("horizontal_and_vertical"),\n    ])',
     '    train = keras.Sequential(copy.copy(_TRAIN_LAYERS))  # a fresh list for every model'),
]
