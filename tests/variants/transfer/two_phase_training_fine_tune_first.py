"""Wrong: fine-tuning from the start; the epochs still count right, but the base trains under a random head."""
EXERCISE, VERDICT, SAYS = "transfer.two_phase_training", "wrong", "during the first fit"
MUTATE = [("""    first = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs, verbose=0)
    fine_tune(model, base_model, fine_tune_at, base_learning_rate)
""", """    fine_tune(model, base_model, fine_tune_at, base_learning_rate)
    first = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs, verbose=0)
""")]
