"""Right: scales with preprocessing_function=lambda image: image / 255.0 instead of rescale=1/255: the same [0, 1] pixels, no other change."""

EXERCISE, VERDICT = "data.legacy_generator", "done"

MUTATE = [
    (
        '    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)\n',
        '    datagen = tf.keras.preprocessing.image.ImageDataGenerator(preprocessing_function=lambda image: image / 255.0)\n',
    ),
]
