"""Wrong: Added horizontal_flip=True to the generator; breaks 'nothing else done to them (no augmentation)'."""
EXERCISE, VERDICT = "data.legacy_generator", "wrong"
MUTATE = [
    ('ImageDataGenerator(rescale=1.0 / 255)',
     'ImageDataGenerator(rescale=1.0 / 255, horizontal_flip=True)'),
]
