"""Wrong: a fit to warm up, then the real one: the second goes on from the first's weights."""
EXERCISE, VERDICT, SAYS = "overfitting.compare_capacity", "wrong", "fit each model once"
MUTATE = [("        history = model.fit(train_data, train_labels, epochs=epochs,", "        model.fit(train_data, train_labels, epochs=1, verbose=0)\n        history = model.fit(train_data, train_labels, epochs=epochs,")]
