"""Wrong: Used Adam(0.001) instead of RMSprop; breaks 'the RMSprop optimizer'."""
EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"
MUTATE = [
    ('keras.optimizers.RMSprop(0.001)',
     'keras.optimizers.Adam(0.001)'),
]
