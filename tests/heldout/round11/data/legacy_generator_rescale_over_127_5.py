"""Wrong: rescales by 1/127.5 (MobileNet's divisor), so pixels come out in [0, 2]; breaks 'pixels scaled to [0, 1] (rescale 1/255, 255 becomes 1.0)'."""

EXERCISE, VERDICT = "data.legacy_generator", "wrong"

MUTATE = [
    ('    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)\n',
     '    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 127.5)\n'),
]
