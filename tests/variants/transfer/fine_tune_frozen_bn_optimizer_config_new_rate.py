"""Right: recreates the optimizer from its own config with the learning rate replaced (from_config), after freezing by index and by type."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune_frozen_bn", "done", ""

import keras


def _accuracy(model):
    loss = keras.losses.get(model.loss)
    logits = model.output_shape[-1] == 1 and getattr(loss, "get_config", dict)().get("from_logits", False)
    return keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy") if logits else "accuracy"


def fine_tune_frozen_bn(model, base_model, fine_tune_at, base_learning_rate):
    base_model.trainable = True
    cut = range(len(base_model.layers))[fine_tune_at:].start
    for i, layer in enumerate(base_model.layers):
        is_bn = isinstance(layer, keras.layers.BatchNormalization)
        layer.trainable = i >= cut and not is_bn
    config = model.optimizer.get_config()
    config["learning_rate"] = base_learning_rate / 10
    optimizer = model.optimizer.__class__.from_config(config)
    model.compile(optimizer=optimizer, loss=model.loss, metrics=[_accuracy(model)])
    return model
