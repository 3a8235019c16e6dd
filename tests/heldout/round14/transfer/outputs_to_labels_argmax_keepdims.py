"""Wrong: takes the multiclass argmax with keepdims=True, giving labels of shape (N, 1); breaks 'Returns: an integer array of shape (N,).'"""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"

MUTATE = [
    ('    return probs.argmax(axis=-1)\n',
     '    return probs.argmax(axis=-1, keepdims=True)\n'),
]
