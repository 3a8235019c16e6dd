"""Wrong: writes width_shift_range=[-0.3, 0.3], which the generator reads as a choice between exactly those two shifts; breaks 'width_shift_range 0.3, a fraction of the width' (any shift up to 30 %)."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [
    ('width_shift_range=0.3,',
     'width_shift_range=[-0.3, 0.3],'),
]
