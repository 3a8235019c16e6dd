"""Right: gets the probabilities with model.predict_on_batch(x) (the whole batch in one step, a NumPy array), then the same argmax / threshold."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "done"

MUTATE = [
    (
        '    probs = model.predict(x, verbose=0)\n',
        '    probs = np.asarray(model.predict_on_batch(x))\n',
    ),
]
