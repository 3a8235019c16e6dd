"""Wrong: turns both label sets into one-hot rows with to_categorical and compiles with categorical_crossentropy; breaks 'Compiled with the Adam optimizer, the sparse_categorical_crossentropy loss'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)\n    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)',
     'num_classes = model.output_shape[-1]\n    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])\n    history = model.fit(x_train, keras.utils.to_categorical(y_train, num_classes), epochs=epochs, verbose=0)\n    test_loss, test_acc = model.evaluate(x_test, keras.utils.to_categorical(y_test, num_classes), verbose=0)'),
]
