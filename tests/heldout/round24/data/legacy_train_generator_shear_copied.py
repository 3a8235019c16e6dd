"""Wrong: the learner started from the usual blog recipe (shear_range=0.2, zoom_range, horizontal_flip) and kept its shear while adding note 004's settings, believing one more mild augmentation does no harm; breaks 'no other augmentation: shear, brightness and channel shifts stay off'."""

EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"

MUTATE = [
    ('rotation_range=30, zoom_range=0.3,',
     'rotation_range=30, zoom_range=0.3, shear_range=0.2,'),
]
