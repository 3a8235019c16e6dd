"""Wrong: sizes the input with note 003's module-level NUM_WORDS = 10000, not the argument; breaks 'inputs of `num_words`'."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    ('def dropout_model(num_words=10000, rate=0.5):',
     'NUM_WORDS = 10000  # note 003\n\n\ndef dropout_model(num_words=10000, rate=0.5):'),
    ('keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     'keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=NUM_WORDS)'),
]
