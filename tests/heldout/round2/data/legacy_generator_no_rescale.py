"""Wrong: ImageDataGenerator() without rescale; breaks 'pixels scaled to [0, 1] (rescale 1/255)'."""
EXERCISE, VERDICT = "data.legacy_generator", "wrong"
MUTATE = [
    ('ImageDataGenerator(rescale=1.0 / 255)',
     'ImageDataGenerator()'),
]
