"""Wrong: recompiles with the notes' metrics=["accuracy"] whatever the output, which Keras 3 thresholds at 0.5 on note 002's logit; breaks 'for one logit output (note 002's model), keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy"), since Keras 3 thresholds the string "accuracy" at 0.5 there.'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    ('    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=[_accuracy(model)])',
     '    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=["accuracy"])'),
]
