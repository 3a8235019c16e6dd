"""Wrong: recompiles with Adam whatever optimizer the model had; breaks 'the same kind of optimizer at a tenth of base_learning_rate'."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"

MUTATE = [
    ('slower = type(model.optimizer)(learning_rate=0.1 * base_learning_rate)',
     'slower = keras.optimizers.Adam(learning_rate=0.1 * base_learning_rate)'),
]
