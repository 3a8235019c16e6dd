"""Wrong: to accept both names, the notes' "acc" and Keras 3's "accuracy", the learner collects every logged value whose key contains "acc" and stops when the largest reaches the threshold; in their fit() without validation data only "accuracy" was logged and it stopped where it should, but once fit() validates, "val_accuracy" is in the logs too, and an epoch whose training accuracy is still below the threshold stops training because the validation accuracy reached it; breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch; below it, training goes on' (the name is "accuracy")."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('''        if (logs or {}).get("accuracy", 0.0) >= self.threshold:
            self.model.stop_training = True''',
     '''        accuracies = [value for name, value in (logs or {}).items() if "acc" in name]  # "acc" or "accuracy"
        if accuracies and max(accuracies) >= self.threshold:
            self.model.stop_training = True'''),
]
