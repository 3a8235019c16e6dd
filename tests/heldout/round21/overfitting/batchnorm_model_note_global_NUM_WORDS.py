"""Wrong: sizes the input with note 003's module-level NUM_WORDS = 10000, not the argument; breaks 'Input and compile as in capacity_models' (inputs of `num_words` words)."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"

MUTATE = [
    ('def batchnorm_model(num_words=10000):',
     'NUM_WORDS = 10000  # note 003\n\n\ndef batchnorm_model(num_words=10000):'),
    ('keras.layers.Activation("relu"),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     'keras.layers.Activation("relu"),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=NUM_WORDS)'),
]
