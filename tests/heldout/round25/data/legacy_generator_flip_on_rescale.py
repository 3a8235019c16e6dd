"""Wrong: the learner copied the generator line from note 004's training code and kept its horizontal_flip=True next to the rescale, thinking a flip changes no pixel values so the [0, 1] check still passes; breaks 'nothing else done to them (no augmentation)'."""

EXERCISE, VERDICT = "data.legacy_generator", "wrong"

MUTATE = [
    ('datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)\n',
     'datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255, horizontal_flip=True)\n'),
]
