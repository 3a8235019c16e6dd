"""Wrong: caps the threshold at 0.95 ('higher targets are rarely reached, so training would never stop'), so with threshold 0.98 an accuracy of 0.979 already stops; breaks 'an accuracy of exactly 0.98 stops, 0.979 does not'."""

EXERCISE, VERDICT, SAYS = "callbacks.stop_at_accuracy", "wrong", "at accuracy 0.979 (threshold 0.98)"

MUTATE = [
    ('        super().__init__()\n        self.threshold = threshold',
     '        super().__init__()\n'
     '        self.threshold = min(threshold, 0.95)  # a target above 0.95 may never be reached'),
]
