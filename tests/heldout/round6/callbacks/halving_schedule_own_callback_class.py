"""Wrong: writes its own Callback subclass that sets the optimizer's rate at each epoch start, instead of a LearningRateScheduler; breaks 'Returns: the LearningRateScheduler callback'."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [
    ('''def halving_schedule(initial_rate=0.01, every=10):
    def schedule(epoch, rate):
        return initial_rate * 0.5 ** (epoch // every)

    return keras.callbacks.LearningRateScheduler(schedule)''',
     '''class HalvingSchedule(keras.callbacks.Callback):
    def __init__(self, initial_rate, every):
        super().__init__()
        self.initial_rate = initial_rate
        self.every = every

    def schedule(self, epoch, rate=None):
        return self.initial_rate * 0.5 ** (epoch // self.every)

    def on_epoch_begin(self, epoch, logs=None):
        self.model.optimizer.learning_rate = self.schedule(epoch)


def halving_schedule(initial_rate=0.01, every=10):
    return HalvingSchedule(initial_rate, every)'''),
]
