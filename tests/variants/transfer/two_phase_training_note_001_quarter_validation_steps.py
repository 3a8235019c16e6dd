"""Wrong: copies note 001's validation_steps=int(0.25 * len(validation_data)) into both fits, so each run validates on a quarter of the validation batches (none at all for a small set); breaks 'train_data, validation_data: what both runs train and validate on'."""

EXERCISE, VERDICT, SAYS = "transfer.two_phase_training", "wrong", 'validation_steps'

MUTATE = [
    ('first = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs, verbose=0)',
     'first = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs,\n                      validation_steps=int(0.25 * len(validation_data)), verbose=0)  # note 001'),
    ('initial_epoch=first.epoch[-1] + 1, verbose=0)',
     'initial_epoch=first.epoch[-1] + 1, validation_steps=int(0.25 * len(validation_data)), verbose=0)'),
]
