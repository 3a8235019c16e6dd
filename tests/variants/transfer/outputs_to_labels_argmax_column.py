"""Wrong: argmax over a (N, 1) column is always 0."""
EXERCISE, VERDICT, SAYS = "transfer.outputs_to_labels", "wrong", 'sigmoid(logit)'
MUTATE = [('if outputs.ndim == 1 or outputs.shape[-1] == 1:', 'if outputs.ndim == 1:')]
