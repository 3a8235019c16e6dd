"""Wrong: the learner counted epochs from 1 as Keras's progress bar shows them (Epoch 1/...), halving at (epoch + 1) // every; each halving comes one epoch early (with every=10, at epoch 9); breaks 'epochs count from 0 ... with every=10, epochs 0-9 use initial_rate, 10-19 half of it'."""

EXERCISE, VERDICT = "callbacks.halving_schedule", "wrong"

MUTATE = [
    ('return initial_rate * 0.5 ** (epoch // every)',
     'return initial_rate * 0.5 ** ((epoch + 1) // every)'),
]
