"""Wrong: Treated two columns as binary and thresholded the second column alone; breaks 'multiclass: (N, k); the label is the index of the largest score' (2 columns)."""
EXERCISE, VERDICT, SAYS = "transfer.outputs_to_labels", "wrong", 'multiclass: argmax'
MUTATE = [
    ('''    if outputs.ndim == 1 or outputs.shape[-1] == 1:
        scores = outputs.reshape(len(outputs))''',
     '''    if outputs.ndim == 1 or outputs.shape[-1] <= 2:
        scores = outputs.reshape(len(outputs), -1)[:, -1]'''),
]
