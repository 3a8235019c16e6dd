"""Wrong: Trained on the training and the test data together ('more data'); breaks 'measure it on test data it has never seen'."""
EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "wrong", 'on the 90 training examples'
MUTATE = [
    ('    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     '''    history = model.fit(np.concatenate([x_train, x_test]), np.concatenate([y_train, y_test]),
                        epochs=epochs, verbose=0)'''),
]
