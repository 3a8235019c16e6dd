"""Wrong: the learner began with np.squeeze(outputs) to turn (N, 1) into (N,), then called any 1-D result binary; a batch of one multiclass output, (1, k), squeezes to (k,) and is read as k binary scores, and a single binary output squeezes to a 0-d array and fails; breaks 'multiclass: (N, k); the label is the index of the largest score' and 'an integer array of shape (N,)' for N = 1."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"

MUTATE = [
    ('    outputs = np.asarray(outputs, dtype="float32")\n    if outputs.ndim == 1 or outputs.shape[-1] == 1:',
     '    outputs = np.squeeze(np.asarray(outputs, dtype="float32"))\n    if outputs.ndim == 1 or outputs.shape[-1] == 1:'),
]
