"""Right: note 004's metrics=['acc'] with evaluate(return_dict=True), reading the test numbers by the names Keras 3 logs ('loss', 'acc')."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"


def fit_and_evaluate(model, x_train, y_train, x_test, y_test, epochs=5):
    model.compile(optimizer='adam', loss='sparse_categorical_crossentropy', metrics=['acc'])
    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)
    results = model.evaluate(x_test, y_test, verbose=2, return_dict=True)
    return history, results['loss'], results['acc']
