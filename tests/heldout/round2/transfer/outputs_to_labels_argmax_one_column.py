"""Wrong: Took the argmax of an (N, 1) output too (always 0); breaks 'binary: (N, 1) ... labels are 0 or 1'."""
EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"
MUTATE = [
    ('if outputs.ndim == 1 or outputs.shape[-1] == 1:',
     'if outputs.ndim == 1:'),
]
