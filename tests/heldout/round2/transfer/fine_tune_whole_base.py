"""Wrong: Unfroze the whole base, never freezing the layers before fine_tune_at; breaks 'those before it frozen'."""
EXERCISE, VERDICT = "transfer.fine_tune", "wrong"
MUTATE = [
    ('base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False',
     'base_model.trainable = True'),
]
