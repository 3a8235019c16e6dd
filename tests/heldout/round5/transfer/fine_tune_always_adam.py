"""Wrong: Recompiled with Adam whatever the model had; breaks 'the same kind of optimizer at a tenth of base_learning_rate'."""
EXERCISE, VERDICT = "transfer.fine_tune", "wrong"
MUTATE = [
    ('def fine_tune(model, base_model, fine_tune_at, base_learning_rate):\n    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=["accuracy"])\n    return model',
     'def fine_tune(model, base_model, fine_tune_at, base_learning_rate):\n    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,\n                  optimizer=keras.optimizers.Adam(learning_rate=base_learning_rate / 10),\n                  metrics=["accuracy"])\n    return model'),
]
