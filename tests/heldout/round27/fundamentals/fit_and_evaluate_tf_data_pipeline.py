"""Right: the learner feeds both sets through tf.data, Dataset.from_tensor_slices(...).shuffle(...).batch(32) for training and an unshuffled batched Dataset for testing, compiles with the Adam and SparseCategoricalCrossentropy objects and the "accuracy" metric, fits for epochs=epochs (shuffle=False: the Dataset shuffles itself) and reads the test numbers from evaluate(..., return_dict=True); the History, the test loss and the test accuracy come back in that order for any epochs and any number of classes."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "done"

MUTATE = [
    ('''    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    history = model.fit(x_train, y_train, epochs=epochs, verbose=0)
    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)
    return history, test_loss, test_acc''',
     '''    import tensorflow as tf

    train = tf.data.Dataset.from_tensor_slices((x_train, y_train)).shuffle(len(x_train)).batch(32)
    test = tf.data.Dataset.from_tensor_slices((x_test, y_test)).batch(32)
    model.compile(optimizer=keras.optimizers.Adam(),
                  loss=keras.losses.SparseCategoricalCrossentropy(),
                  metrics=["accuracy"])
    history = model.fit(train, epochs=epochs, shuffle=False, verbose=0)  # the Dataset shuffles itself
    scores = model.evaluate(test, verbose=0, return_dict=True)
    return history, scores["loss"], scores["accuracy"]'''),
]
