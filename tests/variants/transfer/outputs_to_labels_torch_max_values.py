"""Wrong: ports `preds, _ = torch.max(probs, 1)` with the pair's order mixed up, keeping the largest probability (cast to int) instead of its index; breaks 'the label is the index of the largest score'."""

EXERCISE, VERDICT, SAYS = "transfer.outputs_to_labels", "wrong", "labels for logits [[-3.0, -1.0]]"

MUTATE = [
    ('    return probs.argmax(axis=-1)',
     '    return probs.max(axis=-1).astype("int64")'),
]
