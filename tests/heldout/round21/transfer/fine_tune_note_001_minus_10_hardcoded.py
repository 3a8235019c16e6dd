"""Wrong: keeps note 001's base_model.layers[:-10] whatever fine_tune_at is; breaks 'the base's layers from fine_tune_at on are trainable and those before it frozen'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    ('for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,',
     'for layer in base_model.layers[:-10]:  # note 001\n        layer.trainable = False\n    model.compile(loss=model.loss,'),
]
