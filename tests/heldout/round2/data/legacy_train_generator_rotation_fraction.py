"""Wrong: Rotation_range=30/360, the layer's units; breaks 'rotation_range 30, in degrees (not 30/360)'."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [
    ('rotation_range=30,',
     'rotation_range=30 / 360,'),
]
