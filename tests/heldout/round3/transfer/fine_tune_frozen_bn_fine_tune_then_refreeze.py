"""Right: Calls its own fine_tune, then freezes the base's BatchNormalization layers and compiles once more with a fresh optimizer of the same kind at the tenth rate."""
EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "done"
MUTATE = [
    ('''    base_model.trainable = True
    frozen = base_model.layers[:fine_tune_at]
    for layer in base_model.layers:
        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):
            layer.trainable = False
    slower = type(model.optimizer)(learning_rate=0.1 * base_learning_rate)
    model.compile(loss=model.loss, optimizer=slower, metrics=["accuracy"])''',
     '''    fine_tune(model, base_model, fine_tune_at, base_learning_rate)
    for layer in base_model.layers:
        if isinstance(layer, keras.layers.BatchNormalization):
            layer.trainable = False
    model.compile(loss=model.loss, optimizer=model.optimizer.__class__(learning_rate=base_learning_rate / 10),
                  metrics=["accuracy"])'''),
]
