"""Right: the base is unfrozen, then two loops: every layer before fine_tune_at (a slice, so -10 counts from the end) is frozen; of the layers from fine_tune_at on, the BatchNormalization ones are frozen again and the rest stay trainable (the earlier BatchNormalization layers are frozen by the first loop anyway); recompiled after the freezing with the loss it had, a new optimizer of the same class at base_learning_rate * 0.1, and the section's accuracy metric."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "done"

MUTATE = [
    ('''    base_model.trainable = True
    frozen = base_model.layers[:fine_tune_at]
    for layer in base_model.layers:
        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):
            layer.trainable = False
    slower = type(model.optimizer)(learning_rate=0.1 * base_learning_rate)
    model.compile(loss=model.loss, optimizer=slower, metrics=[_accuracy(model)])
    return model''',
     '''    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    for layer in base_model.layers[fine_tune_at:]:
        if isinstance(layer, keras.layers.BatchNormalization):
            layer.trainable = False  # frozen BatchNormalization runs in inference mode
    optimizer_class = model.optimizer.__class__
    model.compile(optimizer=optimizer_class(learning_rate=base_learning_rate * 0.1),
                  loss=model.loss,
                  metrics=[_accuracy(model)])
    return model'''),
]
