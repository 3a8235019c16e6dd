"""Wrong: passes keras.metrics.Accuracy(), which compares the sigmoid probabilities with the labels for exact equality; breaks 'the "accuracy" metric'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('                      metrics=["accuracy"])',
     '                      metrics=[keras.metrics.Accuracy()])'),
]
