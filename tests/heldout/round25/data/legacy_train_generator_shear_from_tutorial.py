"""Wrong: the learner started from the classic Keras blog generator (shear_range=0.2, zoom_range=..., horizontal_flip=True) and adjusted its values to note 004's, leaving the shear in; breaks 'no other augmentation: shear, brightness and channel shifts stay off'."""

EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"

MUTATE = [
    ('rotation_range=30, zoom_range=0.3,',
     'rotation_range=30, zoom_range=0.3, shear_range=0.2,'),
]
