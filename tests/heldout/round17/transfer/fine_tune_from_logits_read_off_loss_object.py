"""Wrong: picks the metric from model.loss.get_config()["from_logits"], which fails for a model compiled with a loss string such as "categorical_crossentropy" (note 001's EfficientNetB0); breaks 'the model is compiled again after the freezing (a change to `trainable` counts from the next compile), with the loss it had'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    ('                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=[_accuracy(model)])',
     '                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")\n                           if model.loss.get_config()["from_logits"] else "accuracy"])'),
]
