"""Wrong: Copied the note's Dropout(0.5) for the second dropout; breaks 'a dropout of `rate`' after each hidden layer."""
EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"
MUTATE = [
    ('                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     '                   keras.layers.Dropout(0.5),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)'),
]
