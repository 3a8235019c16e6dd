"""Wrong: passes keras.metrics.Accuracy(), which compares the sigmoid probabilities with the labels for exact equality; breaks 'the "accuracy" metric'."""

EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", 'keras.metrics.Accuracy()'

MUTATE = [
    ('                      metrics=["accuracy"])',
     '                      metrics=[keras.metrics.Accuracy()])'),
]
