"""Wrong: decides binary or multiclass from model.loss == "binary_crossentropy"; a binary model compiled with a loss object (or not compiled) is argmaxed over one column, all 0; breaks 'the label is 1 where it is above `threshold`, else 0'."""

EXERCISE, VERDICT = "fundamentals.predict_labels", "wrong"

MUTATE = [
    ('    if probs.shape[-1] == 1:',
     '    if getattr(model, "loss", None) == "binary_crossentropy":'),
]
