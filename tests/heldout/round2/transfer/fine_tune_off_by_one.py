"""Wrong: Froze layers up to and including fine_tune_at; breaks 'the base's layers from fine_tune_at on are trainable'."""
EXERCISE, VERDICT = "transfer.fine_tune", "wrong"
MUTATE = [
    ('base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False',
     'base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at + 1]:\n        layer.trainable = False'),
]
