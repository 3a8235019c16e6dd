"""Wrong: counts periods as ceil(e / every) - 1 (floored at 0), so the first halving comes one epoch late, at e = every + 1; breaks 'with every=10, epochs 0-9 use initial_rate, 10-19 half of it'."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"

MUTATE = [
    ('        return initial_rate * 0.5 ** (epoch // every)',
     '        return initial_rate * 0.5 ** max(0, math.ceil(epoch / every) - 1)'),
    ('import datetime\n',
     'import datetime\nimport math\n'),
]
