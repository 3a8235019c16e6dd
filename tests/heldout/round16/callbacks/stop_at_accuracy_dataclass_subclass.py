"""Right: writes the Callback subclass as a @dataclasses.dataclass with a threshold field and a __post_init__ that calls Callback.__init__; it holds its threshold and stops at >= threshold."""

EXERCISE, VERDICT = 'callbacks.stop_at_accuracy', 'done'

MUTATE = [
    ('import datetime\n',
     'import dataclasses\nimport datetime\n'),
    ('class StopAtAccuracy(keras.callbacks.Callback):\n    def __init__(self, threshold):\n        super().__init__()\n        self.threshold = threshold\n',
     '@dataclasses.dataclass\nclass StopAtAccuracy(keras.callbacks.Callback):\n    threshold: float = 0.98\n\n    def __post_init__(self):\n        super().__init__()\n'),
]
