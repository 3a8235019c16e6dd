"""Wrong: Added samplewise_center=True to centre every image on its own mean, so pixels come out below 0; breaks
'rescale 1.0/255: pixels come out in [0, 1]' and 'no other augmentation'."""
EXERCISE, VERDICT, SAYS = "data.legacy_train_generator", "wrong", "no centring"
MUTATE = [
    ("""    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, width_shift_range=0.3,
                                                              rotation_range=30, zoom_range=0.3,
                                                              horizontal_flip=True, vertical_flip=True)
    return datagen.flow_from_directory(directory, target_size=image_size, class_mode="binary",
                                       batch_size=batch_size)""",
     """    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, samplewise_center=True,
                                                              width_shift_range=0.3, rotation_range=30, zoom_range=0.3,
                                                              horizontal_flip=True, vertical_flip=True)
    return datagen.flow_from_directory(directory, target_size=image_size, class_mode="binary",
                                       batch_size=batch_size)"""),
]
