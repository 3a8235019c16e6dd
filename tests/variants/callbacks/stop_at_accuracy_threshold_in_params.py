"""Wrong: keeps the threshold in self.params, the attribute Keras overwrites with fit()'s own settings, so inside fit() the threshold is gone (KeyError); breaks 'when an epoch ends with an accuracy at or above the threshold, fit() stops after that epoch'."""

EXERCISE, VERDICT, SAYS = "callbacks.stop_at_accuracy", "wrong", 'KeyError'

MUTATE = [
    (
        '        self.threshold = threshold\n',
        '        self.params = {"threshold": threshold}\n',
    ),
    (
        '        if (logs or {}).get("accuracy", 0.0) >= self.threshold:\n',
        '        if (logs or {}).get("accuracy", 0.0) >= self.params["threshold"]:\n',
    ),
]
