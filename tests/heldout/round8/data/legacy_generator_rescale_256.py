"""Wrong: rescales by 1/256 (256 grey levels), so 255 becomes 0.996, not 1.0; breaks 'pixels scaled to [0, 1] (rescale 1/255, 255 becomes 1.0)'."""

EXERCISE, VERDICT = "data.legacy_generator", "wrong"

MUTATE = [
    (
        'ImageDataGenerator(rescale=1.0 / 255)\n',
        'ImageDataGenerator(rescale=1.0 / 256)\n',
    ),
]
