"""Wrong: converts back from a Keras 3 rotation factor rounded to 0.083, rotation_range=0.083 * 360 (29.88 degrees); breaks 'rotation_range 30, in degrees'."""

EXERCISE, VERDICT, SAYS = "data.legacy_train_generator", "wrong", "ImageDataGenerator rotation_range"

MUTATE = [
    ('rotation_range=30, zoom_range=0.3,',
     'rotation_range=0.083 * 360, zoom_range=0.3,'),
]
