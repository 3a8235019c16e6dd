"""Wrong: divides every row of probabilities by its sum ("make sure they add up to 1"), which turns a binary model's single column into 1.0 everywhere; breaks 'the label is 1 where it is above `threshold`, else 0'."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [("    probs = model.predict(x, verbose=0)\n",
           "    probs = model.predict(x, verbose=0)\n    probs = probs / probs.sum(axis=1, keepdims=True)\n")]
