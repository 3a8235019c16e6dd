"""Wrong: computes the rate with keras.ops.power and keras.ops.multiply, which return a backend tensor; LearningRateScheduler accepts only a float from the schedule and raises at the first epoch; breaks 'a keras.callbacks.LearningRateScheduler whose rate for epoch e is initial_rate * 0.5 ** (e // every)'."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"

MUTATE = [
    (
        '        return initial_rate * 0.5 ** (epoch // every)\n',
        '        return keras.ops.multiply(initial_rate, keras.ops.power(0.5, epoch // every))\n',
    ),
]
