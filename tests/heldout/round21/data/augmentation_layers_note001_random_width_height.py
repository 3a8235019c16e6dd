"""Wrong: ports note 001's preprocessing.RandomHeight(0.3) / RandomWidth(0.3) for the zoom; Keras 3 has no such layers (AttributeError); breaks 'zoom_range=0.3: a random zoom in or out by up to 30 %' and 'Returns: (train_preprocessing, test_preprocessing)'."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
MUTATE = [
    ("        keras.layers.RandomZoom(0.3),",
     "        keras.layers.RandomHeight(0.3),\n        keras.layers.RandomWidth(0.3),"),
]
