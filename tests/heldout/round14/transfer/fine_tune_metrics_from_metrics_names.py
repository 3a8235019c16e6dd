"""Wrong: recompiles with metrics=[name for name in model.metrics_names if name != "loss"] (a Keras 2 way to keep the metrics), which in Keras 3 is ["compile_metrics"], not a metric; breaks 'and the "accuracy" metric'."""

EXERCISE, VERDICT = "transfer.fine_tune", "wrong"

MUTATE = [
    ('def fine_tune(model, base_model, fine_tune_at, base_learning_rate):\n    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=[_accuracy(model)])\n    return model\n',
     'def fine_tune(model, base_model, fine_tune_at, base_learning_rate):\n    base_model.trainable = True\n    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False\n    model.compile(loss=model.loss,\n                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),\n                  metrics=[name for name in model.metrics_names if name != "loss"])\n    return model\n'),
]
