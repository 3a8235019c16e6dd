"""Wrong: adds height_shift_range=0.3 next to the width shift, "shifting both ways makes the augmentation symmetric", so the generator also shifts up and down; breaks '- width_shift_range 0.3, a fraction of the width: sideways only, no height shift;'."""

EXERCISE, VERDICT, SAYS = "data.legacy_train_generator", "wrong", "ImageDataGenerator height_shift_range"

MUTATE = [
    ('width_shift_range=0.3,', 'width_shift_range=0.3, height_shift_range=0.3,'),
]
