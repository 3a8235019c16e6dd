"""Wrong: gives rotation_range in radians (pi / 6), about half a degree; breaks 'rotation_range 30, in degrees'."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [
    ('rotation_range=30,',
     'rotation_range=np.pi / 6,'),
]
