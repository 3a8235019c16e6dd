"""Wrong: joins the histories with np.concatenate, giving NumPy arrays; breaks 'joined a dict of lists'."""
EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"
MUTATE = [
    ('    joined = {key: first.history[key] + second.history[key] for key in first.history}',
     '    joined = {key: np.concatenate([first.history[key], second.history[key]]) for key in first.history}'),
]
