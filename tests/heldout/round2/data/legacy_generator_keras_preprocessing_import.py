"""Wrong: Took the class from keras.preprocessing.image as note 004 imports it, which Keras 3 no longer has; breaks the Keras 3 note (it imports only as tf.keras.preprocessing.image.ImageDataGenerator)."""
EXERCISE, VERDICT = "data.legacy_generator", "wrong"
MUTATE = [
    ('datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)\n',
     'datagen = keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)\n'),
]
