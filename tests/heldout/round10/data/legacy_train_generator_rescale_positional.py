"""Wrong: passes 1.0/255 as ImageDataGenerator's first positional argument, which is featurewise_center, not rescale; breaks 'rescale 1.0/255: pixels come out in [0, 1]'."""

EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"

MUTATE = [
    ('    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, width_shift_range=0.3,',
     '    datagen = tf.keras.preprocessing.image.ImageDataGenerator(1.0 / 255, width_shift_range=0.3,'),
]
