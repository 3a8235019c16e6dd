"""Wrong: no validation_data in either fit."""
EXERCISE, VERDICT, SAYS = "transfer.two_phase_training", "wrong", 'validation_data=validation_data'
MUTATE = [
    ('first = model.fit(train_data, validation_data=validation_data,', 'first = model.fit(train_data,'),
    ('second = model.fit(train_data, validation_data=validation_data,', 'second = model.fit(train_data,'),
]
