"""Right: builds the hidden part with a comprehension that yields a new Dense(16, relu) and a new Dropout(rate) twice, then the sigmoid output."""

EXERCISE, VERDICT = "overfitting.dropout_model", "done"

MUTATE = [
    (
        'def dropout_model(num_words=10000, rate=0.5):\n    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n',
        'def dropout_model(num_words=10000, rate=0.5):\n    hidden = [layer for _ in range(2)\n              for layer in (keras.layers.Dense(16, activation="relu"), keras.layers.Dropout(rate))]\n    return _binary(*hidden, keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n',
    ),
]
