"""Wrong: re-fetches the base as note 002 does, model.layers[4], which in Keras 3 is the alpaca model's Dropout (and past the end of model_0's list), instead of the base_model argument; breaks 'base_model: that base' / 'the base's layers from fine_tune_at on are trainable'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    ('    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,',
     '    base_model = model.layers[4]  # note 002: base_model = model2.layers[4]\n    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,'),
]
