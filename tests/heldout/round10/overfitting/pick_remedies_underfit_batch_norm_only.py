"""Wrong: answers underfitting with "batch norm" (to make training faster) instead of "bigger network"; breaks 'underfitting, when it does not overfit but train_accuracy < 0.8: the model is too small to learn, and shrinking it would make it worse: "bigger network"'."""

EXERCISE, VERDICT = "overfitting.pick_remedies", "wrong"

MUTATE = [
    ('        return {"bigger network"}',
     '        return {"batch norm"}'),
]
