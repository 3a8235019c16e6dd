"""Wrong: Added height_shift_range=0.3 next to the width shift; breaks 'no height shift'."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [
    ('width_shift_range=0.3,',
     'width_shift_range=0.3, height_shift_range=0.3,'),
]
