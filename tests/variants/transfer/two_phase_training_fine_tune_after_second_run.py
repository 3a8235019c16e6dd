"""Wrong: runs the second fit() before calling fine_tune, so both runs train the head on a frozen base and fine-tuning only happens after training is over; breaks 'between the runs, your fine_tune, with fine_tune_at and base_learning_rate'."""

EXERCISE, VERDICT, SAYS = "transfer.two_phase_training", "wrong", 'trainable variables during the second fit'

MUTATE = [
    (
        '    fine_tune(model, base_model, fine_tune_at, base_learning_rate)\n    second = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs + fine_tune_epochs,\n                       initial_epoch=first.epoch[-1] + 1, verbose=0)\n',
        '    second = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs + fine_tune_epochs,\n                       initial_epoch=first.epoch[-1] + 1, verbose=0)\n    fine_tune(model, base_model, fine_tune_at, base_learning_rate)\n',
    ),
]
