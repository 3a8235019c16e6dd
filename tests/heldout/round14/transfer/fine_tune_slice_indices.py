"""Right: turns fine_tune_at into a start index with slice(fine_tune_at, None).indices(len(layers))[0] and sets every layer's flag to index >= start, the same layers Python's slice would pick, negatives included."""

EXERCISE, VERDICT = "transfer.fine_tune", "done"

MUTATE = [
    ('def fine_tune(model, base_model, fine_tune_at, base_learning_rate):\n    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=[_accuracy(model)])\n    return model\n',
     'def fine_tune(model, base_model, fine_tune_at, base_learning_rate):\n    base_model.trainable = True\n    start = slice(fine_tune_at, None).indices(len(base_model.layers))[0]\n    for index, layer in enumerate(base_model.layers):\n        layer.trainable = index >= start\n    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=[_accuracy(model)])\n    return model\n'),
]
