"""Right: A schedule of the epoch alone (the scheduler calls schedule(epoch) when two arguments fail) written as initial_rate / 2 ** (epoch // every)."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "done"
MUTATE = [
    ('''    def schedule(epoch, rate):
        return initial_rate * 0.5 ** (epoch // every)''',
     '''    def schedule(epoch):
        return initial_rate / 2 ** (epoch // every)'''),
]
