"""Right: rescale written 1 / 255.0, flow_from_directory with every keyword spelled out (color_mode='rgb', shuffle=True)."""
EXERCISE, VERDICT = "data.legacy_generator", "done"
MUTATE = [
    ('''    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)
    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode="binary")''',
     '''    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1 / 255.0)
    return datagen.flow_from_directory(directory=directory, target_size=tuple(image_size), color_mode="rgb",
                                       class_mode="binary", batch_size=batch_size, shuffle=True)'''),
]
