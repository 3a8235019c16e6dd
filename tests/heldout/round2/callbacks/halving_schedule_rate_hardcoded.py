"""Wrong: Started from 0.01 whatever initial_rate is; breaks 'initial_rate * 0.5 ** ...' (grader's 0.04)."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [
    ('return initial_rate * 0.5 ** (epoch // every)',
     'return 0.01 * 0.5 ** (epoch // every)'),
]
