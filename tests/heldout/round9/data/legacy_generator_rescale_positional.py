"""Wrong: passes 1.0 / 255 positionally, taking it for rescale; ImageDataGenerator's first parameter is featurewise_center, so the pixels stay 0..255 (and featurewise centring is switched on); breaks 'pixels scaled to [0, 1] (rescale 1/255, 255 becomes 1.0) and nothing else done to them'."""

EXERCISE, VERDICT = "data.legacy_generator", "wrong"

MUTATE = [
    (
        '    datagen = tf.keras.preprocessing.image.ImageDataGenerator(rescale=1.0 / 255)\n',
        '    datagen = tf.keras.preprocessing.image.ImageDataGenerator(1.0 / 255)\n',
    ),
]
