"""Wrong: adds a Softmax layer after the softmax output, as TF's quickstart 'probability model' does; breaks 'Layers, in order' and the output's probabilities."""
EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"
MUTATE = [
    ('        keras.layers.Dense(10, activation="softmax"),',
     '''        keras.layers.Dense(10, activation="softmax"),
        keras.layers.Softmax(),'''),
]
