"""Wrong: A Dropout subclass that always calls with training=True, so dropout also runs at inference; breaks 'At inference ... it passes everything through'."""
EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"
MUTATE = [
    ('def dropout_model(num_words=10000, rate=0.5):\n    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n',
     'def dropout_model(num_words=10000, rate=0.5):\n    class AlwaysDropout(keras.layers.Dropout):\n        def call(self, inputs, training=None):\n            return super().call(inputs, training=True)\n\n    return _binary(keras.layers.Dense(16, activation="relu"),\n                   AlwaysDropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   AlwaysDropout(rate),\n'),
]
