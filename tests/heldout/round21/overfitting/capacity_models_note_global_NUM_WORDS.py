"""Wrong: sizes every input with note 003's module-level NUM_WORDS = 10000, not the argument; breaks 'Each model takes multi-hot vectors of `num_words` words'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    ('def capacity_models(num_words=10000):',
     'NUM_WORDS = 10000  # note 003\n\n\ndef capacity_models(num_words=10000):'),
    ('keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n        for name, units',
     'keras.layers.Dense(1, activation="sigmoid"), num_words=NUM_WORDS)\n        for name, units'),
]
