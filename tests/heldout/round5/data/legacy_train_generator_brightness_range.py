"""Wrong: Wrote brightness_range=[0.7, 1.3] where the note has zoom_range=0.3; breaks 'zoom_range 0.3: zoom factors from 0.7 to 1.3' and 'brightness ... stay off'."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [
    ('    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, width_shift_range=0.3,\n                                                              rotation_range=30, zoom_range=0.3,\n                                                              horizontal_flip=True, vertical_flip=True)',
     '    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, width_shift_range=0.3,\n                                                              rotation_range=30, brightness_range=[0.7, 1.3],\n                                                              horizontal_flip=True, vertical_flip=True)'),
]
