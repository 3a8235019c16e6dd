"""Wrong: writes layer.trainable == False in the freezing loop, a comparison: after base_model.trainable = True the whole base trains; breaks 'the base's layers from fine_tune_at on are trainable and those before it frozen'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    ('    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,',
     '    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable == False\n    model.compile(loss=model.loss,'),
]
