"""Wrong: RMSprop at 0.01; breaks 'the RMSprop optimizer at learning rate 0.001'."""
EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"
MUTATE = [
    ('keras.optimizers.RMSprop(0.001)',
     'keras.optimizers.RMSprop(0.01)'),
]
