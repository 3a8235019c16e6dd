"""Wrong: joins the histories with zip, which pairs epoch k of the first run with epoch k of the second and stops at the shorter: 3 + 2 epochs give [a0, b0, a1, b1]; breaks 'joined holds, for every key of the first history, the first run's values followed by the second's'."""

EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"

MUTATE = [
    (
        '    joined = {key: first.history[key] + second.history[key] for key in first.history}\n',
        '    joined = {key: [value for pair in zip(first.history[key], second.history[key]) for value in pair]\n              for key in first.history}\n',
    ),
]
