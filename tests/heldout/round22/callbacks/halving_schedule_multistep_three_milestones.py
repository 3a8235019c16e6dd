"""Wrong: ports torch's MultiStepLR with milestones [every, 2 * every, 3 * every], so the rate stops halving after three; breaks 'whose rate for epoch e is initial_rate * 0.5 ** (e // every)'."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"

MUTATE = [
    ('return initial_rate * 0.5 ** (epoch // every)',
     'milestones = [every, 2 * every, 3 * every]\n        return initial_rate * 0.5 ** sum(epoch >= milestone for milestone in milestones)'),
]
