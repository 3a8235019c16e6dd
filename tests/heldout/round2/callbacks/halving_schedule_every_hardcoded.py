"""Wrong: Halved every 10 epochs whatever every is; breaks 'halves the learning rate every `every` epochs' (grader's 3)."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [
    ('return initial_rate * 0.5 ** (epoch // every)',
     'return initial_rate * 0.5 ** (epoch // 10)'),
]
