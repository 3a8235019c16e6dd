"""Wrong: stores initial_rate and every in a module-level dict read by one module-level schedule, so a second call changes the schedule of the callbacks made before; breaks 'it changes neither them nor this module's variables'."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"

MUTATE = [
    ('def halving_schedule(initial_rate=0.01, every=10):\n    def schedule(epoch, rate):\n        return initial_rate * 0.5 ** (epoch // every)\n\n    return keras.callbacks.LearningRateScheduler(schedule)',
     '_SETTINGS = {"initial_rate": 0.01, "every": 10}\n\n\ndef _schedule(epoch, rate):\n    return _SETTINGS["initial_rate"] * 0.5 ** (epoch // _SETTINGS["every"])\n\n\ndef halving_schedule(initial_rate=0.01, every=10):\n    _SETTINGS["initial_rate"], _SETTINGS["every"] = initial_rate, every\n    return keras.callbacks.LearningRateScheduler(_schedule)'),
]
