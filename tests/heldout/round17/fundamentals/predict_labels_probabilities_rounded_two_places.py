"""Wrong: rounds the predicted probabilities to two decimals before reading them, so 0.803 against 0.8 gives 0 and near-ties pick the first class; breaks 'the label is 1 where it is above `threshold`, else 0'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    ('probs = model.predict(x, verbose=0)',
     'probs = model.predict(x, verbose=0).round(2)'),
]
