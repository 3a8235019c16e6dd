"""Wrong: the learner renamed the third parameter to what they call it, def predict_labels(model, x, cutoff=0.5), and compared the binary probabilities with `cutoff`; their checks called predict_labels(model, x) and predict_labels(model, x, 0.8) and were right, but a caller who names the argument as the contract does, predict_labels(model, x, threshold=0.8), gets TypeError: unexpected keyword argument 'threshold'; breaks 'threshold: the binary cut-off'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    ('''def predict_labels(model, x, threshold=0.5):
    probs = model.predict(x, verbose=0)
    if probs.shape[-1] == 1:
        return (probs[:, 0] > threshold).astype("int64")''',
     '''def predict_labels(model, x, cutoff=0.5):
    probs = model.predict(x, verbose=0)
    if probs.shape[-1] == 1:
        return (probs[:, 0] > cutoff).astype("int64")'''),
]
