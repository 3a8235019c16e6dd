"""Wrong: looks the metric's name up in model.metrics_names, as Keras 2 listed it (['loss', 'accuracy']); Keras 3 lists ['loss', 'compile_metrics'], a key the epoch's logs never hold, so training never stops; breaks 'the grader compiles with metrics=["accuracy"], so the name is "accuracy"'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    (
        '        if (logs or {}).get("accuracy", 0.0) >= self.threshold:\n',
        '        name = self.model.metrics_names[-1]  # the compiled metric, after the loss\n        if (logs or {}).get(name, 0.0) >= self.threshold:\n',
    ),
]
