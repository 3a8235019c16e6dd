"""Wrong: compiles with keras.metrics.Accuracy(name="accuracy"), which counts exact equality of the softmax probabilities with the one-hot labels, not the categorical accuracy the string "accuracy" gives; breaks 'and the "accuracy" metric'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('optimizer=keras.optimizers.Adam(), metrics=["accuracy"])',
     'optimizer=keras.optimizers.Adam(), metrics=[keras.metrics.Accuracy(name="accuracy")])'),
]
