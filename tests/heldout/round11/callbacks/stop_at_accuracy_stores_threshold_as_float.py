"""Right: stores float(threshold) and reads the accuracy with an explicit default dict, comparing floats."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "done"

MUTATE = [
    ('        self.threshold = threshold\n',
     '        self.threshold = float(threshold)\n'),
    ('        if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     '        logs = {} if logs is None else logs\n        accuracy = float(logs.get("accuracy", 0.0))\n        if accuracy >= self.threshold:'),
]
