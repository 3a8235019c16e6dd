"""Wrong: compiles with BinaryAccuracy(threshold=0.0) (the logit metric of the transfer notes) on a sigmoid output, so every prediction counts as 1; breaks 'the binary_crossentropy loss and the "accuracy" metric'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('metrics=["accuracy"])',
     'metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")])'),
]
