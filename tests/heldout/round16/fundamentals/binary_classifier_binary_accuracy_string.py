"""Right: compiles with metrics=['binary_accuracy'], the metric the 'accuracy' string resolves to for one sigmoid unit (threshold 0.5)."""

EXERCISE, VERDICT = 'fundamentals.binary_classifier', 'done'

MUTATE = [
    ('loss="binary_crossentropy", metrics=["accuracy"]',
     'loss="binary_crossentropy", metrics=["binary_accuracy"]'),
]
