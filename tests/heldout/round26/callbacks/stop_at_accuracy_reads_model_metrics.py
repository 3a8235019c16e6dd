"""Wrong: the learner read the accuracy from the model's own metric state, self.model.get_metrics_result()["accuracy"], as a custom-training-loop guide does, instead of the hook's logs, and their fit() without validation data stopped as expected; the logs handed to on_epoch_end are ignored, and with validation data the model's metrics hold the validation pass by the time the epoch ends, so the callback stops on the validation accuracy; breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch; below it, training goes on' (the epoch's metrics, named as compile() was given them)."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('        if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     '        results = self.model.get_metrics_result()\n'
     '        if float(results.get("accuracy", 0.0)) >= self.threshold:'),
]
