"""Wrong: freezes the layers before fine_tune_at first and sets base_model.trainable = True afterwards, which sets every layer of the base trainable again; breaks 'the base's layers from fine_tune_at on are trainable and those before it frozen'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    (
        '    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,\n',
        '    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    base_model.trainable = True\n    model.compile(loss=model.loss,\n',
    ),
]
