"""Right: the second run starts at len(first.epoch); joined built with itertools.chain."""
EXERCISE, VERDICT = "transfer.two_phase_training", "done"
MUTATE = [
    ("""    fine_tune(model, base_model, fine_tune_at, base_learning_rate)
    second = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs + fine_tune_epochs,
                       initial_epoch=first.epoch[-1] + 1, verbose=0)
    joined = {key: first.history[key] + second.history[key] for key in first.history}""",
     """    import itertools

    fine_tune(model, base_model, fine_tune_at, base_learning_rate)
    second = model.fit(train_data, epochs=initial_epochs + fine_tune_epochs, initial_epoch=len(first.epoch),
                       validation_data=validation_data, verbose=0)
    joined = {key: list(itertools.chain(first.history[key], second.history[key])) for key in first.history}"""),
]
