"""Wrong: rescales to [-1, 1] (Rescaling(1/127.5, offset=-1)) in both pipelines; breaks 'rescale=1.0/255: pixels scaled by 1/255 (0 -> 0, 255 -> 1)'."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
MUTATE = [
    ('        keras.layers.Rescaling(1.0 / 255),',
     '        keras.layers.Rescaling(1.0 / 127.5, offset=-1.0),'),
    ('    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])',
     '    test = keras.Sequential([keras.layers.Rescaling(1.0 / 127.5, offset=-1.0)])'),
]
