"""Wrong: zoom_range=[1/1.3, 1.3], the log-symmetric scale range of albumentations-style code; breaks 'zoom_range 0.3: zoom factors from 0.7 to 1.3'."""

EXERCISE, VERDICT, SAYS = "data.legacy_train_generator", "wrong", "ImageDataGenerator zoom_range"

MUTATE = [
    ('rotation_range=30, zoom_range=0.3,',
     'rotation_range=30, zoom_range=[1 / 1.3, 1.3],'),
]
