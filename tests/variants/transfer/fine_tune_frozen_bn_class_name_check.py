"""Right: sets every layer's flag in one pass, frozen when its index is before fine_tune_at (negative counted from the end) or its class is named "BatchNormalization"; RMSprop or Adam rebuilt at 0.1 x the rate."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune_frozen_bn", "done", ""

import keras


def fine_tune_frozen_bn(model, base_model, fine_tune_at, base_learning_rate):
    layers = base_model.layers
    before = {id(layer) for layer in layers[:fine_tune_at]}
    base_model.trainable = True
    for layer in layers:
        is_batch_norm = type(layer).__name__ == "BatchNormalization"
        layer.trainable = not (id(layer) in before or is_batch_norm)
    from_logits = getattr(model.loss, "get_config", dict)().get("from_logits", False)
    one_logit = model.output_shape[-1] == 1 and from_logits
    metric = keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy") if one_logit else "accuracy"
    model.compile(loss=model.loss,
                  optimizer=model.optimizer.__class__(learning_rate=0.1 * base_learning_rate),
                  metrics=[metric])
    return model
