"""Wrong: sets rescale=255 instead of 1.0/255, multiplying the pixels; breaks 'rescale 1.0/255: pixels come out in [0, 1]'."""

EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"

MUTATE = [
    ('rescale=1.0 / 255, width_shift_range=0.3,',
     'rescale=255, width_shift_range=0.3,'),
]
