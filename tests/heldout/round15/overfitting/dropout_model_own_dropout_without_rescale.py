"""Wrong: writes its own MaskOut layer that zeroes a random share `rate` of its inputs while training but does not scale the rest up, so training-mode outputs are (1 - rate) times too small on average; breaks 'Dropout zeroes a random share `rate` of its inputs *only while training* (and scales the rest up by 1 / (1 - rate))'."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    ('def dropout_model(num_words=10000, rate=0.5):',
     'class MaskOut(keras.layers.Layer):\n    """Zeroes a random share `rate` of its inputs while training."""\n\n    def __init__(self, rate, **kwargs):\n        super().__init__(**kwargs)\n        self.rate = rate\n        self.seed = keras.random.SeedGenerator()\n\n    def call(self, inputs, training=False):\n        if not training:\n            return inputs\n        keep = keras.random.uniform(keras.ops.shape(inputs), seed=self.seed) >= self.rate\n        return inputs * keras.ops.cast(keep, inputs.dtype)\n\n\ndef dropout_model(num_words=10000, rate=0.5):'),
    ('    return _binary(keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),\n',
     '    return _binary(keras.layers.Dense(16, activation="relu"),\n                   MaskOut(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   MaskOut(rate),\n'),
]
