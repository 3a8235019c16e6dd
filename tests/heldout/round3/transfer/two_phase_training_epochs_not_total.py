"""Wrong: Passed epochs=fine_tune_epochs with initial_epoch after the first run, though epochs is the last epoch number, so the second run trains fewer (or no) epochs; breaks 'its epochs are numbered initial_epochs to initial_epochs + fine_tune_epochs - 1'."""
EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"
MUTATE = [
    ('''    second = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs + fine_tune_epochs,
                       initial_epoch=first.epoch[-1] + 1, verbose=0)''',
     '''    second = model.fit(train_data, validation_data=validation_data, epochs=fine_tune_epochs,
                       initial_epoch=first.epoch[-1] + 1, verbose=0)'''),
]
