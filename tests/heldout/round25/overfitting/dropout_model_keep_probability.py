"""Wrong: passed 1 - rate to Dropout, reading rate as the share kept (TF1's keep_prob); at the default 0.5 it is the same layer; breaks 'Dropout zeroes a random share `rate` of its inputs' (rate 0.2 drops 80%)."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    ('def dropout_model(num_words=10000, rate=0.5):\n',
     'def dropout_model(num_words=10000, rate=0.5):\n    rate = 1 - rate  # the share of units kept\n'),
]
