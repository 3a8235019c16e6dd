"""Right: feeds both sets through batched tf.data pipelines (batches of 32, the training one shuffled), as the certificate course does: fit() trains on the training data for `epochs` epochs and evaluate() measures the test data."""

EXERCISE, VERDICT, SAYS = "fundamentals.fit_and_evaluate", "done", ''

MUTATE = [
    ('    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     '    import tensorflow as tf\n\n    train_ds = tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(len(x_train)).batch(32)\n    test_ds = tf.data.Dataset.from_tensor_slices((x_test, y_test)).batch(32)\n    history = model.fit(train_ds, epochs=epochs, verbose=0)'),
    ('    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)',
     '    test_loss, test_acc = model.evaluate(test_ds, verbose=0)'),
]
