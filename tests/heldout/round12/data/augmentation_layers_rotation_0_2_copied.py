"""Wrong: copies note 002's RandomRotation(0.2) (72 degrees) instead of translating rotation_range=30; breaks 'rotation_range=30: a random rotation of up to 30 degrees either way'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('keras.layers.RandomRotation(30 / 360),',
     'keras.layers.RandomRotation(0.2),'),
]
