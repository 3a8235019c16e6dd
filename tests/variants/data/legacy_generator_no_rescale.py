"""Wrong: pixels left at 0..255."""
EXERCISE, VERDICT, SAYS = 'data.legacy_generator', "wrong", 'rescale'
MUTATE = [('ImageDataGenerator(rescale=1.0 / 255)', 'ImageDataGenerator()')]
