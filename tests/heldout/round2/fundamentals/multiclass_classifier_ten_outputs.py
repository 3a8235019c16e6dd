"""Wrong: Kept 10 output units whatever num_classes is; breaks 'num_classes output units'."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"
MUTATE = [
    ('keras.layers.Dense(num_classes, activation="softmax")',
     'keras.layers.Dense(10, activation="softmax")'),
]
