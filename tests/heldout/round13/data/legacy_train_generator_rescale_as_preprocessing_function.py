"""Wrong: scales through preprocessing_function=lambda x: x / 255.0 and leaves rescale unset: the pixels end in [0, 1] but the generator's rescale setting is None; breaks 'rescale 1.0/255: pixels come out in [0, 1]'."""

EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"

MUTATE = [
    ('ImageDataGenerator(rescale=1.0 / 255, width_shift_range=0.3,',
     'ImageDataGenerator(preprocessing_function=lambda x: x / 255.0, width_shift_range=0.3,'),
]
