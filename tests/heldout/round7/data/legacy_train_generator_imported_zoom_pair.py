"""Right: imports ImageDataGenerator by name inside the function, zoom written as [0.7, 1.3], height shift 0.0 spelled out, keywords in another order."""
EXERCISE, VERDICT = "data.legacy_train_generator", "done"
MUTATE = [
    ("""    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, width_shift_range=0.3,
                                                              rotation_range=30, zoom_range=0.3,
                                                              horizontal_flip=True, vertical_flip=True)""",
     """    from tensorflow.keras.preprocessing.image import ImageDataGenerator

    datagen = ImageDataGenerator(horizontal_flip=True, vertical_flip=True, rotation_range=30,
                                 width_shift_range=0.3, height_shift_range=0.0, zoom_range=[0.7, 1.3],
                                 rescale=1.0 / 255)"""),
]
