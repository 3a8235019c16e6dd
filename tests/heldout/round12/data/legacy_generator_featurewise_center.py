"""Wrong: also turns on featurewise_center (centring every pixel on the data set's mean), a setting besides the rescale; breaks 'pixels scaled to [0, 1] (rescale 1/255, 255 becomes 1.0) and nothing else done to them (no augmentation)'."""

EXERCISE, VERDICT = "data.legacy_generator", "wrong"

MUTATE = [
    ('ImageDataGenerator(rescale=1.0 / 255)\n',
     'ImageDataGenerator(rescale=1.0 / 255, featurewise_center=True)\n'),
]
