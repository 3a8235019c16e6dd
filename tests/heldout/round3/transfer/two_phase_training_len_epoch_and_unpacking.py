"""Right: Continues from initial_epoch=len(first.epoch) up to epochs=len(first.epoch) + fine_tune_epochs, and joins each key with [*first, *second]."""
EXERCISE, VERDICT = "transfer.two_phase_training", "done"
MUTATE = [
    ('''    second = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs + fine_tune_epochs,
                       initial_epoch=first.epoch[-1] + 1, verbose=0)
    joined = {key: first.history[key] + second.history[key] for key in first.history}
    return first, second, joined''',
     '''    done = len(first.epoch)
    second = model.fit(train_data, epochs=done + fine_tune_epochs, initial_epoch=done,
                       validation_data=validation_data, verbose=0)
    joined = {}
    for key, values in first.history.items():
        joined[key] = [*values, *second.history[key]]
    return first, second, joined'''),
]
