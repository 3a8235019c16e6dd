"""Right: passes Keras 2's save_format="keras" to model.save on a .keras path; Keras 3 accepts it and writes the same zipped .keras file."""

EXERCISE, VERDICT = "fundamentals.save_and_reload", "done"

MUTATE = [
    ('model.save(path)',
     'model.save(path, save_format="keras")'),
]
