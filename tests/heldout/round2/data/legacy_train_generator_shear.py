"""Wrong: Added shear_range=0.2 from the usual tutorial; breaks 'no other augmentation: shear ... stay off'."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [
    ('vertical_flip=True)',
     'vertical_flip=True, shear_range=0.2)'),
]
