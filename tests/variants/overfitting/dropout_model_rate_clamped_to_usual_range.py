"""Wrong: clamps the rate into note 003's usual 0.2..0.5, so rate=0.1 or 0.6 silently becomes 0.2 or 0.5; breaks 'a dropout of `rate`'."""

EXERCISE, VERDICT, SAYS = "overfitting.dropout_model", "wrong", 'Dropout(0.6)'

MUTATE = [
    ('def dropout_model(num_words=10000, rate=0.5):\n',
     'def dropout_model(num_words=10000, rate=0.5):\n    rate = min(max(rate, 0.2), 0.5)  # note 003: rates of 0.2 to 0.5 are usual\n'),
]
