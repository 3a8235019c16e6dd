"""Wrong: to leave the caller's model untouched, clones it (weights copied) first, then unfreezes base_model, which is the original's base, and recompiles and returns the clone, whose own base stays frozen; breaks 'the base's layers from fine_tune_at on are trainable' and 'Returns: the model, recompiled.'"""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    ('def fine_tune(model, base_model, fine_tune_at, base_learning_rate):\n    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=[_accuracy(model)])\n    return model\n',
     "def fine_tune(model, base_model, fine_tune_at, base_learning_rate):\n    tuned = keras.models.clone_model(model)  # leave the caller's model as it was\n    tuned.set_weights(model.get_weights())\n    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    tuned.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=[_accuracy(model)])\n    return tuned\n"),
]
