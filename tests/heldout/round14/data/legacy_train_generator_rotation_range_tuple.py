"""Wrong: writes rotation_range=(-30, 30) to say 'either way', but the generator's rotation_range is one number of degrees (it draws from -r to r itself); breaks 'rotation_range 30, in degrees'."""

EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"

MUTATE = [
    ('rotation_range=30,',
     'rotation_range=(-30, 30),'),
]
