"""Correct: TensorFlow's tutorial's initial_epoch=len(history.epoch), the histories joined key by key."""
EXERCISE, VERDICT, SAYS = "transfer.two_phase_training", "done", ""

import keras


def fine_tune(model, base_model, fine_tune_at, base_learning_rate):
    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    model.compile(loss=model.loss, optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),
                  metrics=[keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")])
    return model


def two_phase_training(model, base_model, train_data, validation_data, initial_epochs, fine_tune_epochs,
                       fine_tune_at, base_learning_rate):
    history = model.fit(train_data, epochs=initial_epochs, validation_data=validation_data, verbose=0)
    fine_tune(model, base_model, fine_tune_at, base_learning_rate)
    history_fine = model.fit(train_data, epochs=initial_epochs + fine_tune_epochs, initial_epoch=len(history.epoch),
                             validation_data=validation_data, verbose=0)
    joined = {}
    for key, values in history.history.items():
        joined[key] = list(values) + list(history_fine.history[key])
    return history, history_fine, joined
