"""Wrong: the learner told the binary case by a last axis of size 1, as a Dense(1) output has; checked on (N, 1) logits and on (N, 5) scores, the labels were right; but a flat output of shape (N,) with more than one input has a last axis of size N, so it is taken for multiclass: the softmax and argmax run across the inputs and a single integer comes back (the index of the largest score), not one 0/1 label per input; breaks 'binary: (N, 1) or (N,), one score per input; labels are 0 or 1' and 'Returns: an integer array of shape (N,)'."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"

MUTATE = [
    ('''    if outputs.ndim == 1 or outputs.shape[-1] == 1:''',
     '''    if outputs.shape[-1] == 1:  # Dense(1): one score per input'''),
]
