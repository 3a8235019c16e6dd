"""Wrong: Gave width_shift_range=30, which the generator reads as pixels; breaks 'width_shift_range 0.3, a fraction of the width'."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [
    ('    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, width_shift_range=0.3,\n                                                              rotation_range=30, zoom_range=0.3,\n                                                              horizontal_flip=True, vertical_flip=True)',
     '    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, width_shift_range=30,\n                                                              rotation_range=30, zoom_range=0.3,\n                                                              horizontal_flip=True, vertical_flip=True)'),
]
