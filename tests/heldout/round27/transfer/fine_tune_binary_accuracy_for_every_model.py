"""Wrong: the learner wrote the metric the docstring spells out for note 002's model, keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy"), for every model; on the alpaca model (one logit) it was right; on a softmax model such as note 001's EfficientNetB0 with one-hot labels it compares each of the k probabilities with 0 one by one, and as a softmax is never 0 every entry counts as predicted 1: its "accuracy" is 1/k whatever the model predicts (0.333 with 3 classes), not the share of images whose class is right; breaks 'the "accuracy" metric: for one logit output (note 002's model), keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")' (for other outputs, the plain "accuracy")."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    ('''                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),
                  metrics=[_accuracy(model)])''',
     '''                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),
                  metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")])'''),
]
