"""Right: calls the model in inference mode and converts the output to NumPy instead of predict()."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "done"
MUTATE = [
    ('    probs = model.predict(x, verbose=0)',
     '    probs = keras.ops.convert_to_numpy(model(np.asarray(x), training=False))'),
]
