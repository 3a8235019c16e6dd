"""Wrong: Left out rescale, thinking augmentation generators scale by themselves; breaks 'rescale 1.0/255: pixels come out in [0, 1]'."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [
    ('    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, width_shift_range=0.3,\n                                                              rotation_range=30, zoom_range=0.3,\n                                                              horizontal_flip=True, vertical_flip=True)',
     '    datagen = tf.keras.preprocessing.image.ImageDataGenerator(width_shift_range=0.3,\n                                                              rotation_range=30, zoom_range=0.3,\n                                                              horizontal_flip=True, vertical_flip=True)'),
]
