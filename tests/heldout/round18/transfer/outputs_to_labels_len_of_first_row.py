"""Wrong: tells binary from multiclass by len(outputs[0]) == 1, which fails on flat (N,) scores; breaks 'binary: (N, 1) or (N,), one score per input'."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"

MUTATE = [
    ('''    if outputs.ndim == 1 or outputs.shape[-1] == 1:
''',
     '''    if len(outputs[0]) == 1:
'''),
]
