"""Wrong: Used validation_split=0.2 instead of the given validation_data in both runs; breaks 'train_data, validation_data: what both runs train and validate on'."""
EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"
MUTATE = [
    ('first = model.fit(train_data, validation_data=validation_data,',
     'first = model.fit(train_data, validation_split=0.2,'),
    ('second = model.fit(train_data, validation_data=validation_data,',
     'second = model.fit(train_data, validation_split=0.2,'),
]
