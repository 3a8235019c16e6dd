"""Wrong: Returned the schedule function itself, not the callback wrapping it; breaks 'Returns: the LearningRateScheduler callback'."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [
    ('    return keras.callbacks.LearningRateScheduler(schedule)',
     '    return schedule'),
]
