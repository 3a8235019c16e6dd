"""Wrong: the learner built joined by extending the first run's own lists (joined = history_1.history, then joined[key] += history_2.history[key]); joined is right, but history_1 now reports both runs' values as its own; breaks '(history_1, history_2, joined): the two Histories', history_1 being the first run's alone."""

EXERCISE, VERDICT = "transfer.two_phase_training", "wrong"

MUTATE = [
    ('    joined = {key: first.history[key] + second.history[key] for key in first.history}',
     '    joined = first.history\n'
     '    for key in joined:\n'
     '        joined[key] += second.history[key]'),
]
