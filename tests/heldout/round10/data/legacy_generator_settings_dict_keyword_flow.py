"""Right: collects the generator settings in a dict unpacked into ImageDataGenerator, and flows with every argument by keyword in another order."""

EXERCISE, VERDICT = "data.legacy_generator", "done"

MUTATE = [
    ('    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)\n    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,\n                                       class_mode="binary")',
     '    settings = {"rescale": 1.0 / 255}\n    datagen = tf.keras.preprocessing.image.ImageDataGenerator(**settings)\n    return datagen.flow_from_directory(directory=directory, class_mode="binary", batch_size=batch_size,\n                                       target_size=tuple(image_size))'),
]
