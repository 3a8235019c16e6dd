"""Wrong: sets width_shift_range=0.15, halving the note's 0.3 as if it were the whole range; breaks 'width_shift_range 0.3, a fraction of the width'."""

EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"

MUTATE = [
    ('rescale=1.0 / 255, width_shift_range=0.3,',
     'rescale=1.0 / 255, width_shift_range=0.15,'),
]
