"""Correct: fine_tune, then BatchNormalization found by class name, frozen, and compiled again."""
EXERCISE, VERDICT, SAYS = "transfer.fine_tune_frozen_bn", "done", ""

import tensorflow as tf


def fine_tune(model, base_model, fine_tune_at, base_learning_rate):
    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    model.compile(loss=model.loss, optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),
                  metrics=[tf.keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")])
    return model


def fine_tune_frozen_bn(model, base_model, fine_tune_at, base_learning_rate):
    fine_tune(model, base_model, fine_tune_at, base_learning_rate)
    for layer in base_model.layers:
        if type(layer).__name__ == "BatchNormalization":
            layer.trainable = False
    model.compile(loss=model.loss, optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),
                  metrics=[tf.keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")])
    return model
