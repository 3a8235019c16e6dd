"""Wrong: passes classes= sorted case-insensitively (key=str.lower), so "Zebra" and "apple" swap labels; breaks 'one 0.0 / 1.0 label per image (the binary class mode), by the sorted class folders'."""
EXERCISE, VERDICT, SAYS = "data.legacy_generator", "wrong", 'sorted order'
MUTATE = [
    ("import csv\n", "import csv\nimport os\n"),
    ("""    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)
    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode="binary")""",
     """    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)
    classes = sorted((name for name in os.listdir(directory) if os.path.isdir(os.path.join(directory, name))),
                     key=str.lower)
    return datagen.flow_from_directory(directory, target_size=image_size, batch_size=batch_size,
                                       class_mode="binary", classes=classes)"""),
]
