"""Right: both runs go through a helper _fit(start, count) that trains epochs start to start + count - 1; the second starts at len(history_1.epoch), and joined is built with list unpacking."""

EXERCISE, VERDICT, SAYS = "transfer.two_phase_training", "done", ""

import keras


def _accuracy_metric(model):
    from_logits = getattr(model.loss, "get_config", dict)().get("from_logits", False)
    if model.output_shape[-1] == 1 and from_logits:
        return keras.metrics.BinaryAccuracy(threshold=0.0, name="accuracy")
    return "accuracy"


def fine_tune(model, base_model, fine_tune_at, base_learning_rate):
    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    model.compile(loss=model.loss,
                  optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),
                  metrics=[_accuracy_metric(model)])
    return model


def _fit(model, train_data, validation_data, start, count):
    return model.fit(train_data, validation_data=validation_data,
                     initial_epoch=start, epochs=start + count, verbose=0)


def two_phase_training(model, base_model, train_data, validation_data, initial_epochs, fine_tune_epochs,
                       fine_tune_at, base_learning_rate):
    history_1 = _fit(model, train_data, validation_data, 0, initial_epochs)
    fine_tune(model, base_model, fine_tune_at, base_learning_rate)
    history_2 = _fit(model, train_data, validation_data, len(history_1.epoch), fine_tune_epochs)
    joined = {key: [*values, *history_2.history[key]] for key, values in history_1.history.items()}
    return history_1, history_2, joined
