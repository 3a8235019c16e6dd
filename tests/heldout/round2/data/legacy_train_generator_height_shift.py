"""Wrong: Height_shift_range=0.3 instead of width; breaks 'width_shift_range 0.3 ... sideways only, no height shift'."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [
    ('width_shift_range=0.3,',
     'height_shift_range=0.3,'),
]
