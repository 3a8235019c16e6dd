"""Right: takes the three layers of a freshly built baseline from capacity_models (made anew at each call, so nothing is shared with another dropout model) and compiles them with a Dropout(rate) after each hidden layer through the module's _binary helper; the baseline model itself is thrown away."""

EXERCISE, VERDICT = "overfitting.dropout_model", "done"

MUTATE = [
    ("    return _binary(keras.layers.Dense(16, activation=\"relu\"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation=\"relu\"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation=\"sigmoid\"), num_words=num_words)",
     "    first, second, output = capacity_models(num_words)[\"baseline\"].layers\n"
     "    return _binary(first, keras.layers.Dropout(rate), second, keras.layers.Dropout(rate), output, num_words=num_words)"),
]
