"""Wrong: compiles BinaryAccuracy(threshold=0.0) without name="accuracy", so the metric is logged as "binary_accuracy"; breaks 'keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")'."""

EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", 'name="accuracy"'

MUTATE = [
    ('metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")]',
     'metrics=[keras.metrics.BinaryAccuracy(threshold=0.0)]'),
]
