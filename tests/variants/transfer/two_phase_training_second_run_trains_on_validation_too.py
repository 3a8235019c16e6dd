"""Wrong: fine-tunes on the training and validation data concatenated ("use all the data") while still validating on the validation data; breaks 'train_data, validation_data: what both runs train and validate on.'."""

EXERCISE, VERDICT, SAYS = "transfer.two_phase_training", "wrong", 'examples trained on'

MUTATE = [
    ('    second = model.fit(train_data, validation_data=validation_data,',
     '    second = model.fit(train_data.concatenate(validation_data), validation_data=validation_data,'),
]
