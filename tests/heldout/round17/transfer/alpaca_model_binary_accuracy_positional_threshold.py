"""Wrong: writes the metric as keras.metrics.BinaryAccuracy(0.0), but BinaryAccuracy's first positional argument is its name, so the threshold stays 0.5 and the name is not "accuracy"; breaks 'an accuracy thresholded at the logit 0'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")])\n    return model\n\n\ndef efficientnet_model',
     'metrics=[keras.metrics.BinaryAccuracy(0.0)])\n    return model\n\n\ndef efficientnet_model'),
]
