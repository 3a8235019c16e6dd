"""Wrong: keeps rescale=1/255 but also sets preprocessing_function=keras.applications.mobilenet_v2.preprocess_input from a transfer-learning tutorial, which maps pixels to [-1, 1] before the rescale; breaks 'pixels scaled to [0, 1] (rescale 1/255, 255 becomes 1.0) and nothing else done to them'."""

EXERCISE, VERDICT = 'data.legacy_generator', 'wrong'

MUTATE = [
    ('ImageDataGenerator(rescale=1.0 / 255)',
     'ImageDataGenerator(rescale=1.0 / 255,\n                                                              preprocessing_function=keras.applications.mobilenet_v2.preprocess_input)'),
]
