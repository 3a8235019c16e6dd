"""Wrong: recompiles the model with Adam at base_learning_rate before the first fit, replacing the optimizer and metric it came with; breaks 'model: a compiled model with its base frozen, as it comes'."""

EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"

MUTATE = [
    ('    first = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs, verbose=0)',
     '    model.compile(optimizer=keras.optimizers.Adam(learning_rate=base_learning_rate), loss=model.loss,\n                  metrics=["accuracy"])\n    first = model.fit(train_data, validation_data=validation_data, epochs=initial_epochs, verbose=0)'),
]
