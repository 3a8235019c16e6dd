"""Wrong: Added brightness_range=[0.8, 1.2] to the augmentation; breaks 'no other augmentation: shear, brightness and channel shifts stay off'."""
EXERCISE, VERDICT = "data.legacy_train_generator", "wrong"
MUTATE = [
    ('''    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, width_shift_range=0.3,
                                                              rotation_range=30, zoom_range=0.3,
                                                              horizontal_flip=True, vertical_flip=True)''',
     '''    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, width_shift_range=0.3,
                                                              rotation_range=30, zoom_range=0.3,
                                                              horizontal_flip=True, vertical_flip=True,
                                                              brightness_range=[0.8, 1.2])'''),
]
