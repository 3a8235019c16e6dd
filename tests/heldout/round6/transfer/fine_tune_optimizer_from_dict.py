"""Right: rebuilds the optimizer with keras.optimizers.get from its class name and the new rate."""
EXERCISE, VERDICT = "transfer.fine_tune", "done"
MUTATE = [
    ('''    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),
                  metrics=["accuracy"])''',
     '''    slower = keras.optimizers.get({"class_name": type(model.optimizer).__name__,
                                   "config": {"learning_rate": base_learning_rate / 10}})
    model.compile(loss=model.loss, optimizer=slower, metrics=["accuracy"])'''),
]
