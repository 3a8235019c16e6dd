"""Right: writes the rate as RMSprop(10e-4), which is exactly the float 0.001 (10 x 10^-4)."""

EXERCISE, VERDICT = "fundamentals.regression_model", "done"

MUTATE = [
    ('keras.optimizers.RMSprop(0.001)',
     'keras.optimizers.RMSprop(10e-4)'),
]
