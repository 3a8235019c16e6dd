"""Right: starts the second run at initial_epochs and joins with itertools.chain into lists."""
EXERCISE, VERDICT = "transfer.two_phase_training", "done"
MUTATE = [
    ('''    second = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs + fine_tune_epochs,
                       initial_epoch=first.epoch[-1] + 1, verbose=0)
    joined = {key: first.history[key] + second.history[key] for key in first.history}''',
     '''    total_epochs = initial_epochs + fine_tune_epochs
    second = model.fit(train_data, epochs=total_epochs, initial_epoch=initial_epochs,
                       validation_data=validation_data, verbose=0)
    import itertools
    joined = {key: list(itertools.chain(first.history[key], second.history[key])) for key in first.history}'''),
]
