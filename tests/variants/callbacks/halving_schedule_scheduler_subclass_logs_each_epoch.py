"""Right: a LearningRateScheduler subclass whose own on_epoch_end prints the rate, then calls super() (which logs it)."""
EXERCISE, VERDICT, SAYS = "callbacks.halving_schedule", "done", ""

import keras


class LoggedScheduler(keras.callbacks.LearningRateScheduler):
    def on_epoch_end(self, epoch, logs=None):
        print(f"epoch {epoch}: learning rate {float(self.model.optimizer.learning_rate):.5f}")
        super().on_epoch_end(epoch, logs)


def halving_schedule(initial_rate=0.01, every=10):
    return LoggedScheduler(lambda epoch, rate: initial_rate * 0.5 ** (epoch // every))
