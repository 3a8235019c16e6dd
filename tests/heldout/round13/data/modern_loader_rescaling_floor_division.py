"""Wrong: writes the scale as Rescaling(1 // 255), an integer division that is 0, so every pixel comes out 0.0; breaks 'pixels in [0, 1]; nothing else changed'."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    ('    rescale = keras.layers.Rescaling(1.0 / 255)\n    return dataset.map',
     '    rescale = keras.layers.Rescaling(1 // 255)\n    return dataset.map'),
]
