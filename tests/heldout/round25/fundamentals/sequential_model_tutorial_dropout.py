"""Wrong: copied TensorFlow's beginner quickstart, which puts a Dropout(0.2) between the hidden layer and the output; shapes (batch, 28, 28) -> (batch, 10) print fine; breaks 'Layers, in order' (flatten, 128 relu, 10 softmax and nothing else)."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"

MUTATE = [
    ('keras.layers.Dense(10, activation="softmax"),',
     'keras.layers.Dropout(0.2),\n        keras.layers.Dense(10, activation="softmax"),'),
]
