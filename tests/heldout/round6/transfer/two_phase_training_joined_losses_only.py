"""Wrong: joins only the two loss curves, the ones it plots; breaks 'joined holds, for every key of the first history, the first run's values followed by the second's'."""
EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"
MUTATE = [
    ('    joined = {key: first.history[key] + second.history[key] for key in first.history}',
     '    joined = {key: first.history[key] + second.history[key] for key in ("loss", "val_loss")}'),
]
