"""Wrong: subtracts half of the initial rate every period (a linear decay) instead of halving; breaks 'initial_rate * 0.5 ** (e // every)' (epochs 20-29 give 0.0, not a quarter)."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [
    ('        return initial_rate * 0.5 ** (epoch // every)',
     '        return initial_rate * (1 - 0.5 * (epoch // every))'),
]
