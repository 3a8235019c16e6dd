"""Wrong: compiles the model again with Nadam; breaks 'compiled like capacity_models'."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    ('def dropout_model(num_words=10000, rate=0.5):\n    return _binary(',
     'def dropout_model(num_words=10000, rate=0.5):\n    model = _binary('),
    ('keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n\n\ndef regularized_model',
     'keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n    model.compile(optimizer="nadam", loss="binary_crossentropy", metrics=["accuracy", "binary_crossentropy"])\n    return model\n\n\ndef regularized_model'),
]
