"""Wrong: the learner converted 30 degrees to radians in units of pi (30/180, i.e. pi/6) and passed that as the factor; Keras 3's factor is a fraction of a full turn (2 pi), so the layer rotates up to 60 degrees either way; breaks 'Keras 3's rotation layer takes a fraction of a full turn, not degrees: 30 degrees is 30/360 = 0.0833...'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('keras.layers.RandomRotation(30 / 360),',
     'keras.layers.RandomRotation(30 / 180),'),
]
