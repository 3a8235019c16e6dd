"""Wrong: Added the TensorFlow tutorial's Dropout(0.2) between the hidden and the output layer; breaks 'Layers, in order: flatten, hidden 128 relu, output 10 softmax'."""
EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"
MUTATE = [
    ('keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10',
     'keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dropout(0.2),\n        keras.layers.Dense(10'),
]
