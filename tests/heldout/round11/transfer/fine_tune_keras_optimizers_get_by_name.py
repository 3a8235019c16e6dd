"""Right: rebuilds the optimizer through keras.optimizers.get with a config naming the same class and a tenth of the rate."""

EXERCISE, VERDICT = "transfer.fine_tune", "done"

MUTATE = [
    ('    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=[_accuracy(model)])',
     '    optimizer = keras.optimizers.get({"class_name": type(model.optimizer).__name__,\n                                      "config": {"learning_rate": base_learning_rate / 10}})\n    model.compile(loss=model.loss, optimizer=optimizer, metrics=[_accuracy(model)])'),
]
