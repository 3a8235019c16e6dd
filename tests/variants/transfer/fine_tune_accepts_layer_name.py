"""Right: also accepts a layer's name for fine_tune_at, turns a negative index into a positive one, and sets each layer's flag with enumerate (index >= start)."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune", "done", ""

import keras


def _accuracy_metric(model):
    from_logits = getattr(model.loss, "get_config", dict)().get("from_logits", False)
    if model.output_shape[-1] == 1 and from_logits:
        return keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")
    return "accuracy"


def fine_tune(model, base_model, fine_tune_at, base_learning_rate):
    layers = base_model.layers
    if isinstance(fine_tune_at, str):  # e.g. "block_16_expand"
        fine_tune_at = [layer.name for layer in layers].index(fine_tune_at)
    start = max(fine_tune_at + len(layers), 0) if fine_tune_at < 0 else fine_tune_at
    base_model.trainable = True
    for index, layer in enumerate(layers):
        layer.trainable = index >= start
    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate * 0.1),
                  metrics=[_accuracy_metric(model)])
    return model
