"""Right: continues from initial_epoch=initial_epochs to the total, and joins each key with functools.reduce(operator.add, ...)."""

EXERCISE, VERDICT, SAYS = "transfer.two_phase_training", "done", ""

import functools
import operator

import keras


def _accuracy(model):
    loss = keras.losses.get(model.loss)
    logits = model.output_shape[-1] == 1 and getattr(loss, "get_config", dict)().get("from_logits", False)
    return keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy") if logits else "accuracy"


def fine_tune(model, base_model, fine_tune_at, base_learning_rate):
    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    model.compile(loss=model.loss, optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),
                  metrics=[_accuracy(model)])
    return model


def two_phase_training(model, base_model, train_data, validation_data, initial_epochs, fine_tune_epochs,
                       fine_tune_at, base_learning_rate):
    history_1 = model.fit(train_data, epochs=initial_epochs, validation_data=validation_data, verbose=0)
    fine_tune(model, base_model, fine_tune_at, base_learning_rate)
    history_2 = model.fit(train_data, epochs=initial_epochs + fine_tune_epochs, initial_epoch=initial_epochs,
                          validation_data=validation_data, verbose=0)
    runs = (history_1.history, history_2.history)
    joined = {key: functools.reduce(operator.add, (run[key] for run in runs), []) for key in history_1.history}
    return history_1, history_2, joined
