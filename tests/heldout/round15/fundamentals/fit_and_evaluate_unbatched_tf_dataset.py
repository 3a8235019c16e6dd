"""Wrong: wraps the training set in tf.data.Dataset.from_tensor_slices(...).shuffle(...) but never calls .batch(), so fit() feeds single samples without their batch axis and the model refuses their shape; breaks 'train it on the training data'."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)',
     '    import tensorflow as tf\n\n    train_ds = tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(len(x_train))\n    history = model.fit(train_ds, epochs=epochs, verbose=0)'),
]
