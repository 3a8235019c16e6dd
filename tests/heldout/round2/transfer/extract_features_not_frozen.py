"""Wrong: Never set base.trainable = False; breaks 'Afterwards the base is frozen: no trainable variable left'."""
EXERCISE, VERDICT = "transfer.extract_features", "wrong"
MUTATE = [
    ('    base.trainable = False\n    features = ',
     '    features = '),
]
