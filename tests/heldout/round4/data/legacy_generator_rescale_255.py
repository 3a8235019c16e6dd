"""Wrong: Set rescale=255 (read as 'rescale by 255'), which multiplies the pixels by 255; breaks 'pixels scaled to [0, 1] (rescale 1/255, 255 becomes 1.0)'."""
EXERCISE, VERDICT = "data.legacy_generator", "wrong"
MUTATE = [
    ("""    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)
    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode="binary")""",
     """    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=255)
    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode="binary")"""),
]
