"""Right: the learner writes the schedule as a module-level function of (epoch, rate, *, start, period) returning math.ldexp(start, -(epoch // period)), start times 2 to the minus number of whole periods, and binds initial_rate and every with functools.partial before handing it to keras.callbacks.LearningRateScheduler; the scheduler's rate argument is ignored, so the optimizer's own rate does not matter, and epoch e gets initial_rate * 0.5 ** (e // every) exactly."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "done"

MUTATE = [
    ('''def halving_schedule(initial_rate=0.01, every=10):
    def schedule(epoch, rate):
        return initial_rate * 0.5 ** (epoch // every)

    return keras.callbacks.LearningRateScheduler(schedule)''',
     '''def _halved(epoch, rate=None, *, start, period):
    import math

    return math.ldexp(start, -(epoch // period))


def halving_schedule(initial_rate=0.01, every=10):
    import functools

    return keras.callbacks.LearningRateScheduler(functools.partial(_halved, start=initial_rate, period=every))'''),
]
