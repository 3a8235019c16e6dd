"""Wrong: Left the rescaling out of the training pipeline; breaks 'rescale=1.0/255: pixels scaled by 1/255 ... once'."""
EXERCISE, VERDICT = "data.augmentation_layers", "wrong"
MUTATE = [
    ('    train = keras.Sequential([\n        keras.layers.Rescaling(1.0 / 255),\n',
     '    train = keras.Sequential([\n'),
]
