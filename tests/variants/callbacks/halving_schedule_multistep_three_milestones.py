"""Wrong: ports torch's MultiStepLR with milestones [every, 2 * every, 3 * every], so the rate stops halving after three; breaks 'whose rate for epoch e is initial_rate * 0.5 ** (e // every)'."""

EXERCISE, VERDICT, SAYS = "callbacks.halving_schedule", "wrong", "learning rates, epochs 0, 1, 2, 3, 4, 5, 6, 7, 0, 6, 6, 2, 3"

MUTATE = [
    ('return initial_rate * 0.5 ** (epoch // every)',
     'milestones = [every, 2 * every, 3 * every]\n        return initial_rate * 0.5 ** sum(epoch >= milestone for milestone in milestones)'),
]
