"""Wrong: the learner used GlobalAveragePooling1D where the note flattens, since both turn the image into a vector before the Dense layers and the output is still (batch, 10); breaks 'a flattening of each 28x28 image into a vector of 784' (it gives 28 numbers, the mean of each row)."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"

MUTATE = [
    ('def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.Flatten(),',
     'def sequential_model():\n    return keras.Sequential([\n        keras.Input(shape=(28, 28)),\n        keras.layers.GlobalAveragePooling1D(),'),
]
