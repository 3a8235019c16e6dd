"""Wrong: counts fine_tune_at among the base's layers that have weights only, so the cut falls much later in the list; breaks 'the base's layers from fine_tune_at on are trainable and those before it frozen'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    ('    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,',
     '    for layer in [layer for layer in base_model.layers if layer.weights][:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,'),
]
