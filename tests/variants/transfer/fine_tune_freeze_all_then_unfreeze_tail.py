"""Right: unfreezes the base, freezes every layer in it, then unfreezes the slice from fine_tune_at on, and recompiles."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "done", ""

import keras


def _accuracy(model):
    loss = keras.losses.get(model.loss)
    logits = model.output_shape[-1] == 1 and getattr(loss, "get_config", dict)().get("from_logits", False)
    return keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy") if logits else "accuracy"


def fine_tune(model, base_model, fine_tune_at, base_learning_rate):
    base_model.trainable = True
    for layer in base_model.layers:
        layer.trainable = False
    for layer in base_model.layers[fine_tune_at:]:
        layer.trainable = True
    optimizer = model.optimizer.__class__(learning_rate=base_learning_rate * 0.1)
    model.compile(optimizer=optimizer, loss=model.loss, metrics=[_accuracy(model)])
    return model
