"""Wrong: writes rescale=1 // 255, which is 0, and the generator skips a zero rescale, so pixels stay 0..255; breaks 'pixels scaled to [0, 1] (rescale 1/255, 255 becomes 1.0)'."""
EXERCISE, VERDICT = "data.legacy_generator", "wrong"
MUTATE = [
    ('ImageDataGenerator(rescale=1.0 / 255)',
     'ImageDataGenerator(rescale=1 // 255)'),
]
