"""Right: the second run starts at len(first.epoch), the total epochs added up first, and joined built with a defaultdict over both histories' items; the module's own fine_tune called between."""

EXERCISE, VERDICT = "transfer.two_phase_training", "done"

import collections


def fine_tune(model, base_model, fine_tune_at, base_learning_rate):
    base_model.trainable = True
    for layer in base_model.layers[:fine_tune_at]:
        layer.trainable = False
    model.compile(loss=model.loss, optimizer=type(model.optimizer)(learning_rate=base_learning_rate / 10),
                  metrics=["accuracy"])
    return model


def two_phase_training(model, base_model, train_data, validation_data, initial_epochs, fine_tune_epochs,
                       fine_tune_at, base_learning_rate):
    history_1 = model.fit(train_data, epochs=initial_epochs, validation_data=validation_data, verbose=0)
    fine_tune(model, base_model, fine_tune_at, base_learning_rate)
    total_epochs = initial_epochs + fine_tune_epochs
    history_2 = model.fit(train_data, epochs=total_epochs, initial_epoch=len(history_1.epoch),
                          validation_data=validation_data, verbose=0)
    joined = collections.defaultdict(list)
    for history in (history_1, history_2):
        for key in history_1.history:
            joined[key].extend(history.history[key])
    return history_1, history_2, dict(joined)
