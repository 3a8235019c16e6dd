"""Wrong: for a one-logit model recompiled with keras.metrics.BinaryAccuracy(threshold=0.0) without a name, so the metric (and the History key) is "binary_accuracy"; breaks 'keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")' (the "accuracy" metric)."""

EXERCISE, VERDICT, SAYS = 'transfer.fine_tune', 'wrong', 'name="accuracy"'

MUTATE = [
    ('keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy") if logits else "accuracy"',
     'keras.metrics.BinaryAccuracy(threshold=0.0) if logits else "accuracy"'),
]
