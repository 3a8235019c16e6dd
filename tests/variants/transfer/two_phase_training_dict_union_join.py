"""Wrong: joins the histories with the dict union first.history | second.history, which keeps only the second run's lists; breaks 'joined holds, for every key of the first history, the first run's values followed by the second's'."""

EXERCISE, VERDICT, SAYS = "transfer.two_phase_training", "wrong", "joined['accuracy']"

MUTATE = [
    ('    joined = {key: first.history[key] + second.history[key] for key in first.history}',
     '    joined = first.history | second.history  # one dict with every metric'),
]
