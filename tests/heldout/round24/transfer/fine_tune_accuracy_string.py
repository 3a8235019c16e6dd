"""Wrong: the learner recompiled with metrics=["accuracy"], as all three notes do, instead of working out the metric from the model's output; right for EfficientNet's softmax, but for note 002's one-logit model Keras 3 thresholds that accuracy at 0.5, so a logit of 0.3 counts as class 0; breaks 'for one logit output (note 002's model), keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    ('                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n'
     '                  metrics=[_accuracy(model)])',
     '                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n'
     '                  metrics=["accuracy"])'),
]
