"""Wrong: recompiles with metrics=["accuracy"], which Keras 3 thresholds at 0.5 on note 002's logit output; breaks 'the "accuracy" metric read as fine_tune reads it'."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"

MUTATE = [
    ('    slower = type(model.optimizer)(learning_rate=0.1 * base_learning_rate)\n    model.compile(loss=model.loss, optimizer=slower, metrics=[_accuracy(model)])',
     '    slower = type(model.optimizer)(learning_rate=0.1 * base_learning_rate)\n    model.compile(loss=model.loss, optimizer=slower, metrics=["accuracy"])'),
]
