"""Right: spells the rescaling layers with scale= and offset=0.0 keywords."""

EXERCISE, VERDICT = "data.augmentation_layers", "done"

MUTATE = [
    ('    train = keras.Sequential([\n        keras.layers.Rescaling(1.0 / 255),',
     '    train = keras.Sequential([\n        keras.layers.Rescaling(scale=1.0 / 255, offset=0.0),'),
    ('    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])',
     '    test = keras.Sequential([keras.layers.Rescaling(scale=1.0 / 255, offset=0.0)])'),
]
