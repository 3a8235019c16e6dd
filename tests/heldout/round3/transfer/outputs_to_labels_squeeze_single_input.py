"""Wrong: Squeezed the outputs first and called every 1-D result binary, so one input with k scores becomes k binary labels; breaks 'multiclass: (N, k); the label is the index of the largest score ... Returns: an integer array of shape (N,)' (1 input)."""
EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"
MUTATE = [
    ('''    outputs = np.asarray(outputs, dtype="float32")
    if outputs.ndim == 1 or outputs.shape[-1] == 1:
        scores = outputs.reshape(len(outputs))''',
     '''    outputs = np.squeeze(np.asarray(outputs, dtype="float32"))
    if outputs.ndim == 1:
        scores = outputs'''),
]
