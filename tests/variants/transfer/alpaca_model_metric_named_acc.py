"""Wrong: names the logit accuracy "acc", the Keras 2 habit, so fit() and evaluate() report "acc" and no "accuracy"; breaks 'keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")'."""
EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", 'metric names in the history'
MUTATE = [
    ('metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")])',
     'metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="acc")])'),
]
