"""Wrong: recompiles with metrics=model.metrics to keep the metrics it had, which are Keras 3's loss tracker and compile-metrics container, not "accuracy"; breaks 'and the "accuracy" metric'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    (
        '                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=["accuracy"])',
        '                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=model.metrics)  # the metrics it had',
    ),
]
