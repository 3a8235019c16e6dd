"""Wrong: declares the input as keras.Input(shape=(None, None)) to accept images of any size; Flatten then has no fixed length and building the first Dense raises ValueError; breaks 'a keras.Sequential model that takes (batch, 28, 28) and gives (batch, 10)'."""

EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "wrong", "sequential_model() raised ValueError"

MUTATE = [
    ('def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),',
     'def sequential_model():\n'
     '    return keras.Sequential([\n'
     '        keras.Input(shape=(None, None)),  # any image size, not only 28x28'),
]
