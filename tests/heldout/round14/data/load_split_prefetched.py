"""Right: the same two loader calls, each part then given .prefetch(AUTOTUNE) (the datasets lose their class_names attribute, which the docstring never asks for); the batches, labels and split are unchanged."""

EXERCISE, VERDICT = "data.load_split", "done"

MUTATE = [
    ('    return train, validation\n',
     '    return train.prefetch(AUTOTUNE), validation.prefetch(AUTOTUNE)\n'),
]
