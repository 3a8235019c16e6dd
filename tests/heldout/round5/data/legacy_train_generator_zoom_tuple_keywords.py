"""Right: Gives the zoom as the tuple (0.7, 1.3), rescale as 1./255 and the flow's arguments in another order."""
EXERCISE, VERDICT = "data.legacy_train_generator", "done"
MUTATE = [
    ('    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, width_shift_range=0.3,\n                                                              rotation_range=30, zoom_range=0.3,\n                                                              horizontal_flip=True, vertical_flip=True)\n    return datagen.flow_from_directory(directory, target_size=image_size, class_mode="binary",\n                                       batch_size=batch_size)',
     '    datagen = tf.keras.preprocessing.image.ImageDataGenerator(\n        rescale=1. / 255, rotation_range=30, width_shift_range=0.3, zoom_range=(0.7, 1.3),\n        horizontal_flip=True, vertical_flip=True)\n    return datagen.flow_from_directory(directory, batch_size=batch_size, class_mode="binary",\n                                       target_size=tuple(image_size))'),
]
