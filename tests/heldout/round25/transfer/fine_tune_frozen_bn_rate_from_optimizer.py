"""Wrong: the learner took "a tenth of the rate the head was trained with" from the model's optimizer (float(model.optimizer.learning_rate) / 10) rather than from the argument; when the model was compiled at base_learning_rate, as in their try, it is the same, but otherwise it is not (and a second call divides again); breaks 'the same kind of optimizer at a tenth of base_learning_rate'."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"

MUTATE = [
    ('    slower = type(model.optimizer)(learning_rate=0.1 * base_learning_rate)',
     '    slower = type(model.optimizer)(learning_rate=float(model.optimizer.learning_rate) / 10)'),
]
