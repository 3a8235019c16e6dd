"""Wrong: reads the binary scores as outputs[:, 0], the single column, which fails for a flat (N,) output that has no second axis; breaks 'binary: (N, 1) or (N,), one score per input'."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"

MUTATE = [
    (
        '    if outputs.ndim == 1 or outputs.shape[-1] == 1:\n        scores = outputs.reshape(len(outputs))\n',
        '    if outputs.ndim == 1 or outputs.shape[-1] == 1:\n        scores = outputs[:, 0]  # the single column\n',
    ),
]
