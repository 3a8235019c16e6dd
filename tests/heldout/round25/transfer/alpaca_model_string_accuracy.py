"""Wrong: the learner copied the note's metrics=["accuracy"]; compile and summary look the same, but on one logit Keras 3 thresholds that accuracy at 0.5, so a logit of 0.3 counts as class 0; breaks 'an accuracy thresholded at the logit 0: keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('                  metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")])\n    return model\n\n\ndef efficientnet_model',
     '                  metrics=["accuracy"])\n    return model\n\n\ndef efficientnet_model'),
]
