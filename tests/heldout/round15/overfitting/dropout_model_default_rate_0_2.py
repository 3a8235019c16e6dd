"""Wrong: defaults rate to 0.2, the low end of the note's usual range, so dropout_model() drops a fifth of the units instead of half; breaks the stub's 'dropout_model(num_words=10000, rate=0.5)' (its 'a dropout of `rate`')."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    ('def dropout_model(num_words=10000, rate=0.5):',
     'def dropout_model(num_words=10000, rate=0.2):'),
]
