"""Wrong: tells a binary model by `model.layers[-1].activation == 'sigmoid'`, but the attribute is a function, never equal to the string, so a sigmoid model gets argmax over one column (all 0); breaks 'a binary model ... the label is 1 where it is above `threshold`, else 0'."""
EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"
MUTATE = [
    ("    if probs.shape[-1] == 1:", "    if model.layers[-1].activation == \"sigmoid\":"),
]
