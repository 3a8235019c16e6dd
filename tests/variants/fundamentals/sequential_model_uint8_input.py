"""Wrong: declares the input as uint8 (images are bytes), so scaled images in [0, 1] are cast to 0 and every input gives the same output; breaks 'a keras.Sequential model that takes (batch, 28, 28)' of the scaled images the note feeds it."""

EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "wrong", 'input dtype'

MUTATE = [
    (
        '    return keras.Sequential([\n        keras.Input(shape=(28, 28)),',
        '    return keras.Sequential([\n        keras.Input(shape=(28, 28), dtype="uint8"),',
    ),
]
