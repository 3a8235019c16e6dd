"""Wrong: the slower optimizer gets a CosineDecay schedule from a tenth of the rate down to 0; breaks 'the same kind of optimizer at a tenth of base_learning_rate'."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"

MUTATE = [
    ('    slower = type(model.optimizer)(learning_rate=0.1 * base_learning_rate)',
     '    slower = type(model.optimizer)(learning_rate=keras.optimizers.schedules.CosineDecay(\n        0.1 * base_learning_rate, decay_steps=100))'),
]
