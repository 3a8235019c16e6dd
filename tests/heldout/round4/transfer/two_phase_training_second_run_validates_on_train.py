"""Wrong: Passed validation_data=train_data to the second run (copy-paste); breaks 'train_data, validation_data: what both runs train and validate on'."""
EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"
MUTATE = [
    ("""    second = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs + fine_tune_epochs,
                       initial_epoch=first.epoch[-1] + 1, verbose=0)""",
     """    second = model.fit(train_data, validation_data=train_data, epochs=initial_epochs + fine_tune_epochs,
                       initial_epoch=first.epoch[-1] + 1, verbose=0)"""),
]
