"""Wrong: Left out the Flatten layer, so Dense acts on the last axis and the output is (batch, 28, 10); breaks 'a flattening ... gives (batch, 10)'."""
EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"
MUTATE = [
    ('def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),\n',
     'def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n'),
]
