"""Wrong: Sigmoid on the multiclass output; breaks 'a softmax output' (rows are not probabilities over classes)."""
EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"
MUTATE = [
    ('keras.layers.Dense(num_classes, activation="softmax")',
     'keras.layers.Dense(num_classes, activation="sigmoid")'),
]
