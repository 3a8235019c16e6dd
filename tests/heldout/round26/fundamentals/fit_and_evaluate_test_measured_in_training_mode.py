"""Wrong: the learner worked the test numbers out by hand from one call of the model, model(x_test, training=True), copied from a custom training loop; the model is measured with its training behaviour, so a model with Dropout reports noisy numbers from its dropped-out units (a test loss of 1.64 where evaluate() gives 1.16 in a small check), not the trained model's (only a model without such layers gives evaluate()'s numbers); breaks 'then measure it on test data it has never seen' (the loss and accuracy of the trained model on the test data)."""

EXERCISE, VERDICT = "fundamentals.fit_and_evaluate", "wrong"

MUTATE = [
    ('    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)\n',
     '    probs = model(x_test, training=True)\n'
     '    test_loss = float(np.mean(keras.losses.sparse_categorical_crossentropy(y_test, probs)))\n'
     '    test_acc = float(np.mean(np.argmax(probs, axis=1) == np.asarray(y_test)))\n'),
]
