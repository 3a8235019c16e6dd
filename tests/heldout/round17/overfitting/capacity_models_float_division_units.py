"""Wrong: derives the smaller width as 16 / 4, a float (4.0), which Keras 3's Dense refuses as its units; breaks 'baseline: 16 units, smaller: 4 units, bigger: 512 units'."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    ('("smaller", 4)',
     '("smaller", 16 / 4)'),
]
