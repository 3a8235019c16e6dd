"""Wrong: the callback remembers the highest accuracy it has seen (self.best, set in __init__) and stops once that best reaches the threshold, so a callback that once saw a high accuracy stops every later epoch, even below it; breaks 'below it, training goes on'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    ('        self.threshold = threshold\n',
     '        self.threshold = threshold\n        self.best = 0.0\n'),
    ('        if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     '        self.best = max(self.best, (logs or {}).get("accuracy", 0.0))\n        if self.best >= self.threshold:'),
]
