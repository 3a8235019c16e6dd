"""Wrong: the learner turned binary outputs into one score per input with np.squeeze, which drops the column of an (N, 1) array; but it drops every axis of size 1, so a single input, (1, 1) or (1,), comes back as a 0-dimensional array instead of shape (1,); breaks 'Returns: an integer array of shape (N,)' for 'The grader will try 1 to 12 inputs'."""

EXERCISE, VERDICT = "transfer.outputs_to_labels", "wrong"

MUTATE = [
    ('        scores = outputs.reshape(len(outputs))',
     '        scores = np.squeeze(outputs)'),
]
