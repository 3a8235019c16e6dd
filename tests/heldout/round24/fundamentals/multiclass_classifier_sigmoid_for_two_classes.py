"""Wrong: the learner switched the output to sigmoid when num_classes == 2, thinking two classes make a binary problem, but kept two units and the cross-entropy that reads a softmax; it trains without error; breaks 'The same layers as `sequential_model`, but with `num_classes` output units' (a softmax output)."""

EXERCISE, VERDICT = "fundamentals.multiclass_classifier", "wrong"

MUTATE = [
    ('keras.layers.Dense(num_classes, activation="softmax"),',
     'keras.layers.Dense(num_classes, activation="sigmoid" if num_classes == 2 else "softmax"),'),
]
