"""Wrong: recompiles the model with the "sgd" optimizer (note 004's) after building it; breaks 'compiled like capacity_models' (Adam)."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    (
        '    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),',
        '    model = _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),',
    ),
    (
        'keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n\n\ndef regularized_model(',
        'keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])\n    return model\n\n\ndef regularized_model(',
    ),
]
