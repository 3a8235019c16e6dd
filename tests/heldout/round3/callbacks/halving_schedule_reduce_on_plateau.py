"""Wrong: Used ReduceLROnPlateau(factor=0.5, patience=every), which halves only when the loss stalls; breaks 'a keras.callbacks.LearningRateScheduler whose rate for epoch e is initial_rate * 0.5 ** (e // every)'."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [
    ('''    def schedule(epoch, rate):
        return initial_rate * 0.5 ** (epoch // every)

    return keras.callbacks.LearningRateScheduler(schedule)''',
     '''    return keras.callbacks.ReduceLROnPlateau(monitor="loss", factor=0.5, patience=every)'''),
]
