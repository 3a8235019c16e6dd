"""Wrong: Called fit(epochs=1) in a Python loop and kept the last History (one epoch); breaks 'Returns: the History of the training run' (epochs entries)."""
EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"
MUTATE = [
    ('    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     '''    for _ in range(epochs):
        history = model.fit(x_train, y_train, epochs=1, verbose=0)'''),
]
