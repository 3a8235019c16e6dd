"""Wrong: Passed classes=os.listdir(directory), numbering the classes in the order the file system lists them; breaks
'one 0.0 / 1.0 label per image (the binary class mode), by the sorted class folders'."""
EXERCISE, VERDICT, SAYS = "data.legacy_generator", "wrong", "os.listdir's order"
MUTATE = [
    ("""    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)
    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode="binary")""",
     """    import os
    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)
    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       classes=os.listdir(directory), class_mode="binary")"""),
]
