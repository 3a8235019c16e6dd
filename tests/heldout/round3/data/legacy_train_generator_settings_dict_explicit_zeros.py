"""Right: Passes the settings from a dict with the off ones spelt out as zeros (height_shift_range, shear_range, channel_shift_range) and every flow argument by keyword."""
EXERCISE, VERDICT = "data.legacy_train_generator", "done"
MUTATE = [
    ('''    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, width_shift_range=0.3,
                                                              rotation_range=30, zoom_range=0.3,
                                                              horizontal_flip=True, vertical_flip=True)''',
     '''    settings = dict(rescale=1 / 255.0, width_shift_range=0.3, height_shift_range=0.0, rotation_range=30,
                    zoom_range=[0.7, 1.3], shear_range=0.0, channel_shift_range=0.0,
                    horizontal_flip=True, vertical_flip=True)
    datagen = tf.keras.preprocessing.image.ImageDataGenerator(**settings)'''),
    ('''    return datagen.flow_from_directory(directory, target_size=image_size, class_mode="binary",
                                       batch_size=batch_size)''',
     '''    return datagen.flow_from_directory(directory=directory, target_size=tuple(image_size), class_mode="binary",
                                       batch_size=batch_size, shuffle=True)'''),
]
