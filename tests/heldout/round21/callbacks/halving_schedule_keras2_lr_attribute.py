"""Wrong: a LearningRateScheduler subclass that, Keras 2 style, assigns `self.model.optimizer.lr = ...`; in Keras 3 that only adds an unused attribute and the rate never changes; breaks 'asks a schedule of yours for the rate at the start of each epoch ... and sets the optimizer's rate to it'."""
EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"
MUTATE = [
    ("    return keras.callbacks.LearningRateScheduler(schedule)",
     "    class HalvingScheduler(keras.callbacks.LearningRateScheduler):\n"
     "        def on_epoch_begin(self, epoch, logs=None):\n"
     "            self.model.optimizer.lr = self.schedule(epoch, None)\n"
     "\n"
     "    return HalvingScheduler(schedule)"),
]
