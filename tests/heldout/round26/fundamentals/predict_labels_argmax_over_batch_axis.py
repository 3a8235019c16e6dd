"""Wrong: the learner wrote np.argmax(probs, axis=0) and checked it on 10 test images with a 10-class model, which gave 10 labels in 0..9; axis 0 picks, for each class, the input that scores it highest, so the result has one entry per class, not per input (13 inputs give 10 'labels', one input gives all zeros); breaks 'the label is the position of the largest in its row' and 'of shape (N,), one label per input'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    ('    return np.argmax(probs, axis=1)', '    return np.argmax(probs, axis=0)'),
]
