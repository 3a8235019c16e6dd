"""Wrong: the learner, fresh from augmentation_layers, wrote the rotation as 30 / 360 of a turn; ImageDataGenerator's rotation_range is in degrees, so this rotates by at most 0.08 of a degree; breaks 'rotation_range 30, in degrees (not 30/360 as for Keras 3's rotation layer)'."""

EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"

MUTATE = [
    ('width_shift_range=0.3,\n                                                              rotation_range=30,',
     'width_shift_range=0.3,\n                                                              rotation_range=30 / 360,'),
]
