"""Wrong: the learner reused the rotation from augmentation_layers, rotation_range=30/360, thinking both APIs take the same fraction of a turn; the generator reads degrees, so images turn by at most 0.08 degrees, which breaks 'rotation_range 30, in degrees (not 30/360 as for Keras 3's rotation layer)'."""

EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"

MUTATE = [
    ('rotation_range=30, zoom_range=0.3,',
     'rotation_range=30 / 360, zoom_range=0.3,'),
]
