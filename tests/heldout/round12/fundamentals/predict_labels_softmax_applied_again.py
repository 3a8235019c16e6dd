"""Wrong: applies a softmax to the predictions "to get probabilities" (as the tutorial's probability model does), which turns a binary model's single column into 1.0 everywhere; breaks 'the label is 1 where it is above `threshold`, else 0 (exactly at the threshold is 0)'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    ('    probs = model.predict(x, verbose=0)\n',
     '    logits = model.predict(x, verbose=0)\n    probs = np.exp(logits) / np.exp(logits).sum(axis=-1, keepdims=True)\n'),
]
