"""Correct: the class defined inside the function, the threshold read from the closure."""
EXERCISE, VERDICT, SAYS = "callbacks.stop_at_accuracy", "done", ""

import keras


def stop_at_accuracy(threshold=0.98):
    class Stop(keras.callbacks.Callback):
        def on_epoch_end(self, epoch, logs={}):
            if logs.get("accuracy") is not None and not logs.get("accuracy") < threshold:
                print(f"\nReached {threshold:.0%} accuracy, stopping")
                self.model.stop_training = True

    return Stop()
