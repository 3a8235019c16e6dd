"""Wrong: put a Dropout after every Dense, the output one too, with the sigmoid as a separate Activation after that third Dropout, so training zeroes logits to probability 0.5; breaks 'Never a dropout after the output: it would zero predictions'."""

EXERCISE, VERDICT = 'overfitting.dropout_model', 'wrong'

MUTATE = [
    ('                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     '                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(1),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Activation("sigmoid"), num_words=num_words)'),
]
