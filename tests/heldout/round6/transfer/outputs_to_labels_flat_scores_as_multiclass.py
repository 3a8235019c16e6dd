"""Wrong: recognises binary outputs only by a last axis of 1, so (N,) scores go to the multiclass branch; breaks 'binary: (N, 1) or (N,), one score per input'."""
EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"
MUTATE = [
    ('    if outputs.ndim == 1 or outputs.shape[-1] == 1:',
     '    if outputs.shape[-1] == 1:'),
]
