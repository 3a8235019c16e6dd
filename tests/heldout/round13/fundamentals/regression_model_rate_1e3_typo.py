"""Wrong: types the rate as RMSprop(1e3), a thousand instead of a thousandth; breaks 'the RMSprop optimizer at learning rate 0.001'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('keras.optimizers.RMSprop(0.001)',
     'keras.optimizers.RMSprop(1e3)'),
]
