"""Wrong: compares whole percents, int(accuracy * 100) >= int(threshold * 100); 0.57 * 100 truncates to 56, so 0.565 already stops; breaks 'it reads "reaches" as >= : an accuracy of exactly 0.98 stops, 0.979 does not'."""

EXERCISE, VERDICT, SAYS = "callbacks.stop_at_accuracy", "wrong", '0.57'

MUTATE = [
    ('        if (logs or {}).get("accuracy", 0.0) >= self.threshold:',
     '        if int((logs or {}).get("accuracy", 0.0) * 100) >= int(self.threshold * 100):'),
]
