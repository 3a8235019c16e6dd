"""Wrong: recompiles at a hundredth of the base rate; breaks 'the same kind of optimizer at a tenth of base_learning_rate'."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"

MUTATE = [
    ('slower = type(model.optimizer)(learning_rate=0.1 * base_learning_rate)',
     'slower = type(model.optimizer)(learning_rate=0.01 * base_learning_rate)'),
]
