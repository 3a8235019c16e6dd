"""Wrong: compiles with metrics=['accuracy', 'sparse_top_k_categorical_accuracy'] (from ImageNet examples) and returns evaluate()'s first and last values; the last is the top-5 accuracy, 1.0 on three classes; breaks 'the loss and accuracy measured on the test data'."""

EXERCISE, VERDICT = 'fundamentals.fit_and_evaluate', 'wrong'

MUTATE = [
    ('    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])\n',
     '    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy",\n                  metrics=["accuracy", "sparse_top_k_categorical_accuracy"])\n'),
    ('    test_loss, test_acc = model.evaluate(x_test, y_test, verbose=0)\n',
     '    results = model.evaluate(x_test, y_test, verbose=0)\n    test_loss, test_acc = results[0], results[-1]\n'),
]
