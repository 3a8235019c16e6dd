"""Wrong: stores the threshold as a float32 to match the metric's dtype; float32(0.98) is 0.98000002, so an accuracy of exactly 0.98 (a Python float) no longer stops, though 0.5 still works; breaks 'an accuracy of exactly 0.98 stops, 0.979 does not'."""

EXERCISE, VERDICT = "callbacks.stop_at_accuracy", "wrong"

MUTATE = [
    (
        'import keras\n',
        'import keras\nimport numpy as np\n',
    ),
    (
        '        self.threshold = threshold\n',
        '        self.threshold = np.float32(threshold)  # metrics are float32\n',
    ),
]
