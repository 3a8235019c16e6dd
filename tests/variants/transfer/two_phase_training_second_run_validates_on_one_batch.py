"""Wrong: validates the second run on validation_data.take(1) to keep fine-tuning quick; breaks 'train_data, validation_data: what both runs train and validate on.'."""

EXERCISE, VERDICT, SAYS = "transfer.two_phase_training", "wrong", 'last val_loss'

MUTATE = [
    ('    second = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs + fine_tune_epochs,',
     '    second = model.fit(train_data, validation_data=validation_data.take(1), epochs=initial_epochs + fine_tune_epochs,'),
]
