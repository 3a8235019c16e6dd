"""Wrong: looks the accuracy up by position in model.metrics_names, which Keras 3 reads ['loss', 'compile_metrics'], so 'accuracy' is not found; breaks '(history, test_loss, test_accuracy): the History of the training run, and the loss and accuracy measured on the *test* data.'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)',
     '    results = model.evaluate(x_test, y_test, verbose=0)\n    names = model.metrics_names\n    test_loss, test_acc = results[names.index("loss")], results[names.index("accuracy")]'),
]
