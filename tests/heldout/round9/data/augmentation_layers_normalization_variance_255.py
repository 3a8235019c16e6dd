"""Wrong: rescales with keras.layers.Normalization(mean=0, variance=255), taking the variance for the divisor; Normalization divides by its square root, so 255 becomes about 16; breaks 'rescale=1.0/255: pixels scaled by 1/255 (0 -> 0, 255 -> 1), once'."""

EXERCISE, VERDICT = "data.augmentation_layers", "wrong"

MUTATE = [
    (
        '        keras.layers.Rescaling(1.0 / 255),\n',
        '        keras.layers.Normalization(mean=0.0, variance=255.0),\n',
    ),
    (
        '    test = keras.Sequential([keras.layers.Rescaling(1.0 / 255)])\n',
        '    test = keras.Sequential([keras.layers.Normalization(mean=0.0, variance=255.0)])\n',
    ),
]
