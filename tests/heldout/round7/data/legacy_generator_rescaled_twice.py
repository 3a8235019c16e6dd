"""Wrong: sets rescale=1/255 and also a preprocessing_function dividing by 255, so pixels end in [0, 1/255]; breaks 'pixels scaled to [0, 1] (rescale 1/255, 255 becomes 1.0) and nothing else done to them'."""
EXERCISE, VERDICT = "data.legacy_generator", "wrong"
MUTATE = [
    ("""    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)
""",
     """    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255,
                                                              preprocessing_function=lambda x: x / 255.0)
"""),
]
