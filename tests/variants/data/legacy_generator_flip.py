"""Wrong: the generator also flips the images, which the exercise does not ask for."""
EXERCISE, VERDICT, SAYS = 'data.legacy_generator', "wrong", 'no augmentation'
MUTATE = [('ImageDataGenerator(rescale=1.0 / 255)', 'ImageDataGenerator(rescale=1.0 / 255, horizontal_flip=True)')]
