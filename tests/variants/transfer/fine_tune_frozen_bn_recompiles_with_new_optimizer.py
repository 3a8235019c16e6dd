"""Right: fine-tunes with a helper (which compiles), then freezes every layer that has a moving_mean and compiles again with the optimizer the helper made (same kind, a tenth of the rate, not yet built)."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune_frozen_bn", "done", ""

import keras

ACCURACY = {"threshold": 0.0, "name": "accuracy"}  # one logit, as the graders' models have


def _fine_tune(model, base_model, fine_tune_at, base_learning_rate):
    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    model.compile(loss=model.loss, optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),
                  metrics=[keras.metrics.BinaryAccuracy(**ACCURACY)])
    return model


def fine_tune_frozen_bn(model, base_model, fine_tune_at, base_learning_rate):
    _fine_tune(model, base_model, fine_tune_at, base_learning_rate)
    for layer in base_model.layers:
        if hasattr(layer, "moving_mean"):
            layer.trainable = False
    model.compile(loss=model.loss, optimizer=model.optimizer, metrics=[keras.metrics.BinaryAccuracy(**ACCURACY)])
    return model
