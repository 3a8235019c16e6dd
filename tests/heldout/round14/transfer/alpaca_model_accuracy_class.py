"""Wrong: compiles keras.metrics.Accuracy(), which counts exact equality of the logit and the label, not a thresholded prediction; breaks 'an accuracy thresholded at the logit 0'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")]',
     'metrics=[keras.metrics.Accuracy()]'),
]
