"""Right: the cut point made non-negative with len(), each layer's flag set from its index, and the optimizer rebuilt through model.optimizer.__class__ at base_learning_rate * 0.1."""

EXERCISE, VERDICT = "transfer.fine_tune", "done"

def fine_tune(model, base_model, fine_tune_at, base_learning_rate):
    layers = base_model.layers
    cut = fine_tune_at if fine_tune_at >= 0 else max(len(layers) + fine_tune_at, 0)
    base_model.trainable = True
    for index, layer in enumerate(layers):
        layer.trainable = index >= cut
    optimizer = model.optimizer.__class__(learning_rate=base_learning_rate * 0.1)
    model.compile(optimizer=optimizer, loss=model.loss, metrics=["accuracy"])
    return model
