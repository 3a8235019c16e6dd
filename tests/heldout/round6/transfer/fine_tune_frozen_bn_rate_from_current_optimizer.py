"""Wrong: takes a tenth of the model's current learning rate, ignoring base_learning_rate; breaks 'the same kind of optimizer at a tenth of base_learning_rate'."""
EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"
MUTATE = [
    ('    slower = type(model.optimizer)(learning_rate=0.1 * base_learning_rate)',
     '''    current = float(keras.ops.convert_to_numpy(model.optimizer.learning_rate))
    slower = type(model.optimizer)(learning_rate=0.1 * current)'''),
]
