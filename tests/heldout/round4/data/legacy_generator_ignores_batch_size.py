"""Wrong: Left batch_size out of flow_from_directory, so batches are always the default 32; breaks 'batch_size: images per batch'."""
EXERCISE, VERDICT = "data.legacy_generator", "wrong"
MUTATE = [
    ("""    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)
    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode="binary")""",
     """    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)
    return datagen.flow_from_directory(directory, target_size=image_size,
                                       class_mode="binary")"""),
]
