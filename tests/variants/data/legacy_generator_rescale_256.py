"""Wrong: pixels divided by 256, so 255 becomes 0.996 instead of 1.0."""
EXERCISE, VERDICT, SAYS = 'data.legacy_generator', "wrong", '255'
MUTATE = [('ImageDataGenerator(rescale=1.0 / 255)', 'ImageDataGenerator(rescale=1.0 / 256)')]
