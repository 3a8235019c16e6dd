"""Right: Keras 2 habit model.save(path, include_optimizer=False) to make the file smaller: the .keras format ignores that argument, so the file still holds the optimizer state and loads back whole."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "done"

MUTATE = [
    ('    model.save(path)',
     '    model.save(path, include_optimizer=False)'),
]
