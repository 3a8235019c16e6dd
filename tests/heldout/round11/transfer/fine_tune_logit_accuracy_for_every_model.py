"""Wrong: recompiles with BinaryAccuracy(threshold=0.0) for every model, EfficientNet's softmax output included; breaks 'and the "accuracy" metric: for one logit output (note 002's model)'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    ('    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=[_accuracy(model)])',
     '    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")])'),
]
