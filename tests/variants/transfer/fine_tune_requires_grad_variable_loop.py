"""Wrong: freezes the early part PyTorch-style, `variable.trainable = False` on each weight (requires_grad = False), leaving those layers themselves trainable, their BatchNormalization in training mode; breaks 'the base's layers from fine_tune_at on are trainable and those before it frozen'."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "wrong", "left trainable"

MUTATE = [
    ('    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)',
     '    for layer in base_model.layers[:fine_tune_at]:\n        for variable in layer.weights:  # param.requires_grad = False\n            variable.trainable = False\n    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)'),
]
