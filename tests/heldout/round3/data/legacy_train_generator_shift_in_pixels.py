"""Wrong: Gave width_shift_range=30 (pixels, like rotation_range's 30) instead of the fraction 0.3; breaks 'width_shift_range 0.3, a fraction of the width'."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [
    ('''    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, width_shift_range=0.3,
                                                              rotation_range=30, zoom_range=0.3,
                                                              horizontal_flip=True, vertical_flip=True)''',
     '''    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, width_shift_range=30,
                                                              rotation_range=30, zoom_range=0.3,
                                                              horizontal_flip=True, vertical_flip=True)'''),
]
