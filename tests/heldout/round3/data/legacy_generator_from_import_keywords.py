"""Right: Imports ImageDataGenerator with from tensorflow.keras.preprocessing.image import ..., rescale=1/255.0, and flows with every argument by keyword."""
EXERCISE, VERDICT = "data.legacy_generator", "done"
MUTATE = [
    ('    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)',
     '''    from tensorflow.keras.preprocessing.image import ImageDataGenerator

    datagen = ImageDataGenerator(rescale=1 / 255.0)'''),
    ('''    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode="binary")''',
     '''    return datagen.flow_from_directory(directory=directory, target_size=tuple(image_size), class_mode="binary",
                                       batch_size=batch_size, shuffle=True)'''),
]
