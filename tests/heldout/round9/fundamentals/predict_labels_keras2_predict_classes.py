"""Wrong: keeps Keras 2's model.predict_classes for multiclass models (thresholding binary ones itself); Keras 3 has no such method; breaks 'Keras 2's predict_classes method no longer exists in Keras 3: this step is yours'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    (
        '    probs = model.predict(x, verbose=0)\n',
        '    probs = model.predict(x, verbose=0)\n    if probs.shape[-1] > 1:\n        return np.asarray(model.predict_classes(x, verbose=0))\n',
    ),
]
