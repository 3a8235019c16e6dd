"""Wrong: leaves the output Dense(1) without its sigmoid while compiling with the plain binary_crossentropy, so the model outputs unbounded scores, not probabilities; breaks 'one sigmoid output unit'."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    (
        '                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n',
        '                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(1), num_words=num_words)\n',
    ),
]
