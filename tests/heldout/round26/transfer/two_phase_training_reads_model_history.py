"""Right: reads each run's History from model.history right after its fit (Keras sets it to the History that fit returns), starts the second run at len(first.epoch), i.e. initial_epochs, for fine_tune_epochs more, and joins the curves into new lists with star-unpacking."""

EXERCISE, VERDICT = "transfer.two_phase_training", "done"

MUTATE = [
    ("    first = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs, verbose=0)\n"
     "    fine_tune(model, base_model, fine_tune_at, base_learning_rate)\n"
     "    second = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs + fine_tune_epochs,\n"
     "                       initial_epoch=first.epoch[-1] + 1, verbose=0)\n"
     "    joined = {key: first.history[key] + second.history[key] for key in first.history}",
     "    model.fit(train_data, validation_data=validation_data, epochs=initial_epochs, verbose=0)\n"
     "    first = model.history\n"
     "    fine_tune(model, base_model, fine_tune_at, base_learning_rate)\n"
     "    start = len(first.epoch)\n"
     "    model.fit(train_data, validation_data=validation_data, initial_epoch=start,\n"
     "              epochs=start + fine_tune_epochs, verbose=0)\n"
     "    second = model.history\n"
     "    joined = {key: [*values, *second.history[key]] for key, values in first.history.items()}"),
]
