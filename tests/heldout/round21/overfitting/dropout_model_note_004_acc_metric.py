"""Wrong: compiles with note 004's metrics=['acc', ...], which Keras 3 logs as "acc" / "val_acc", not "accuracy"; breaks 'compiled like capacity_models' (the metrics "accuracy" and "binary_crossentropy")."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     '    model = keras.Sequential([keras.Input(shape=(num_words,)),\n                              keras.layers.Dense(16, activation="relu"),\n                              keras.layers.Dropout(rate),\n                              keras.layers.Dense(16, activation="relu"),\n                              keras.layers.Dropout(rate),\n                              keras.layers.Dense(1, activation="sigmoid")])\n    model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["acc", "binary_crossentropy"])\n    return model'),
]
