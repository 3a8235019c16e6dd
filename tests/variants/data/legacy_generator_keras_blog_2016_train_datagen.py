"""Wrong: pastes the 2016 Keras blog's train_datagen (shear_range=0.2, zoom_range=0.2, horizontal_flip=True); breaks 'pixels scaled to [0, 1] ... and nothing else done to them (no augmentation)'."""

EXERCISE, VERDICT, SAYS = "data.legacy_generator", "wrong", "__getitem__() raised ImportError"

MUTATE = [
    ('datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)',
     'datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, shear_range=0.2,\n                                                              zoom_range=0.2, horizontal_flip=True)'),
]
