"""Wrong: casts the inputs to float16 to save memory, so the model trains and is measured on rounded data (test numbers off in the 4th digit); breaks 'the loss and accuracy measured on the *test* data'."""

EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "wrong", 'float16'

MUTATE = [
    ('    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     '    x_train, x_test = x_train.astype("float16"), x_test.astype("float16")  # half the memory\n    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)'),
]
