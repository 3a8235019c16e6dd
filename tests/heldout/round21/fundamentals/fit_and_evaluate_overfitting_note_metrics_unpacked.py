"""Wrong: copies the overfitting note's metrics list (accuracy plus the loss again as a metric) and keeps tutorial1's two-name unpacking, which three evaluate() values break (ValueError); breaks 'Returns: (history, test_loss, test_accuracy)'."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ("    model.compile(optimizer=\"adam\", loss=\"sparse_categorical_crossentropy\", metrics=[\"accuracy\"])\n"
     "    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)",
     "    model.compile(optimizer=\"adam\", loss=\"sparse_categorical_crossentropy\",\n"
     "                  metrics=[\"accuracy\", \"sparse_categorical_crossentropy\"])\n"
     "    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)"),
]
