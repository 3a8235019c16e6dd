"""Wrong: runs both phases in one loop over (start, epochs) pairs, passing the phase's epoch count as fit's epochs, so the second fit (initial_epoch=3, epochs=2) trains nothing; breaks 'its epochs are numbered initial_epochs to initial_epochs + fine_tune_epochs - 1'."""

EXERCISE, VERDICT, SAYS = "transfer.two_phase_training", "wrong", "'accuracy' is not among the metrics fit() recorded (KeyError"

MUTATE = [
    ('    first = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs, verbose=0)\n'
     '    fine_tune(model, base_model, fine_tune_at, base_learning_rate)\n'
     '    second = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs + fine_tune_epochs,\n'
     '                       initial_epoch=first.epoch[-1] + 1, verbose=0)\n',
     '    histories = []\n'
     '    for start, epochs in ((0, initial_epochs), (initial_epochs, fine_tune_epochs)):\n'
     '        if start:  # the second phase: unfreeze the top of the base first\n'
     '            fine_tune(model, base_model, fine_tune_at, base_learning_rate)\n'
     '        histories.append(model.fit(train_data, validation_data=validation_data, epochs=epochs,\n'
     '                                   initial_epoch=start, verbose=0))\n'
     '    first, second = histories\n'),
]
