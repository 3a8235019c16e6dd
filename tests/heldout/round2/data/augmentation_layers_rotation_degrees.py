"""Wrong: RandomRotation(30), degrees as the generator takes them; breaks '30 degrees is 30/360' (Keras 3 raises)."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
MUTATE = [
    ('keras.layers.RandomRotation(30 / 360)',
     'keras.layers.RandomRotation(30)'),
]
