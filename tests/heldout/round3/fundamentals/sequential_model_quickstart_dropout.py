"""Wrong: Added the TensorFlow quickstart's Dropout(0.2) before the output layer; breaks 'Layers, in order: a flattening ..., a hidden layer of 128 units, relu, an output layer of 10 units, softmax'."""
EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"
MUTATE = [
    ('        keras.layers.Dense(10, activation="softmax"),',
     '''        keras.layers.Dropout(0.2),
        keras.layers.Dense(10, activation="softmax"),'''),
]
