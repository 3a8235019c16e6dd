"""Wrong: the learner made the optimizer once, OPTIMIZER = keras.optimizers.Adam(), at the top of the module next to the imports, and compiles with optimizer=OPTIMIZER; the one model of their check trains and evaluates, but a Keras 3 optimizer builds its slots for the first model's variables, so the next call with another model fails in fit() (ValueError: Unknown variable ... This optimizer can only be called for the variables it was originally built with); breaks 'Every function works from its arguments alone, as it may be called again with others'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('''def fit_and_evaluate(model, x_train, y_train, x_test, y_test, epochs=5):
    model.compile(optimizer="adam",''',
     '''OPTIMIZER = keras.optimizers.Adam()


def fit_and_evaluate(model, x_train, y_train, x_test, y_test, epochs=5):
    model.compile(optimizer=OPTIMIZER,'''),
]
