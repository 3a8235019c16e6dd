"""Wrong: treats two columns the scikit-learn predict_proba way, thresholding the last column's sigmoid, so two logits are not compared with each other; breaks 'multiclass: (N, k); the label is the index of the largest score'."""

EXERCISE, VERDICT, SAYS = "transfer.outputs_to_labels", "wrong", "labels for logits [[-3.0, -1.0], [2.0, 1.0]]"

MUTATE = [
    ('    if outputs.ndim == 1 or outputs.shape[-1] == 1:\n        scores = outputs.reshape(len(outputs))',
     '    if outputs.ndim == 1 or outputs.shape[-1] <= 2:\n        scores = outputs[:, -1] if outputs.ndim == 2 else outputs  # positive class, as predict_proba[:, 1]'),
]
