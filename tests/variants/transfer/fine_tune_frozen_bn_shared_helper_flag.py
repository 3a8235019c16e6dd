"""Right: gives fine_tune an extra keep_bn_frozen=False parameter and makes fine_tune_frozen_bn a call to it with True, so the batch norms are frozen before the one compile."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune_frozen_bn", "done", ""

import keras


def _accuracy_metric(model):
    from_logits = getattr(model.loss, "get_config", dict)().get("from_logits", False)
    if model.output_shape[-1] == 1 and from_logits:
        return keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")
    return "accuracy"


def fine_tune(model, base_model, fine_tune_at, base_learning_rate, keep_bn_frozen=False):
    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    if keep_bn_frozen:
        for layer in base_model.layers:
            if isinstance(layer, keras.layers.BatchNormalization):
                layer.trainable = False
    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),
                  metrics=[_accuracy_metric(model)])
    return model


def fine_tune_frozen_bn(model, base_model, fine_tune_at, base_learning_rate):
    return fine_tune(model, base_model, fine_tune_at, base_learning_rate, keep_bn_frozen=True)
