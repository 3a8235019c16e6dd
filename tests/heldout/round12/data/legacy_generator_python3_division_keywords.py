"""Right: writes the rescale as 1 / 255 (true division in Python 3) and passes the flow's arguments in another order."""

EXERCISE, VERDICT = "data.legacy_generator", "done"

MUTATE = [
    ('    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)\n    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,\n                                       class_mode="binary")',
     '    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1 / 255)\n    return datagen.flow_from_directory(directory, class_mode="binary", batch_size=batch_size,\n                                       target_size=tuple(image_size))'),
]
