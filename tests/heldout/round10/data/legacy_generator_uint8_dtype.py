"""Wrong: asks the generator for uint8 arrays to save memory; the rescale step then multiplies uint8 arrays in place by 1/255, which NumPy refuses; breaks 'pixels scaled to [0, 1] (rescale 1/255, 255 becomes 1.0)'."""

EXERCISE, VERDICT = "data.legacy_generator", "wrong"

MUTATE = [
    ('    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)',
     '    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, dtype="uint8")'),
]
