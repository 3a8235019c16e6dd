"""Wrong: gives RandomRotation 30 degrees in radians (0.52), which the layer reads as about half a turn; breaks 'Keras 3's rotation layer takes a fraction of a full turn ... 30/360 = 0.0833'."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
MUTATE = [
    ('        keras.layers.RandomRotation(30 / 360),',
     '        keras.layers.RandomRotation(np.deg2rad(30)),  # 30 degrees'),
]
