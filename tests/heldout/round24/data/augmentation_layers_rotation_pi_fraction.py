"""Wrong: the learner converted 30 degrees to radians, pi/6, and wrote the factor as 1/6, believing the layer takes a fraction of pi; 1/6 of a full turn is 60 degrees, so images turn up to twice too far, which breaks 'Keras 3's rotation layer takes a fraction of a full turn, not degrees: 30 degrees is 30/360 = 0.0833...'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    ('keras.layers.RandomRotation(30 / 360),',
     'keras.layers.RandomRotation(1 / 6),'),
]
