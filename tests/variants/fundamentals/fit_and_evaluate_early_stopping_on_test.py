"""Wrong: fits with the test data as validation and an EarlyStopping(patience=1, restore_best_weights=True), so training can stop before `epochs` and picks weights by the test data; breaks 'epochs: how many passes over the training data'."""
EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "wrong", 'EarlyStopping'
MUTATE = [("    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)",
           "    history = model.fit(x_train, y_train, epochs=epochs, verbose=0, validation_data=(x_test, y_test),\n"
           "                        callbacks=[keras.callbacks.EarlyStopping(patience=1, restore_best_weights=True)])")]
