"""Wrong: note 004's Keras 2 import fails in Keras 3."""
EXERCISE, VERDICT, SAYS = 'data.legacy_generator', "wrong", 'tf.keras.preprocessing.image'
MUTATE = [('import csv\n', 'import csv\nfrom keras.preprocessing.image import ImageDataGenerator\n')]
