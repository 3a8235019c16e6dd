"""Wrong: validated on the training data."""
EXERCISE, VERDICT, SAYS = "transfer.two_phase_training", "wrong", 'validation_data=validation_data'
MUTATE = [
    ('first = model.fit(train_data, validation_data=validation_data,', 'first = model.fit(train_data, validation_data=train_data,'),
    ('second = model.fit(train_data, validation_data=validation_data,', 'second = model.fit(train_data, validation_data=train_data,'),
]
