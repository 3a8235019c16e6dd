"""Wrong: writes the rate as RMSprop(1 // 1000), integer division that gives the int 0, which Keras 3 refuses as a learning rate; breaks 'the RMSprop optimizer at learning rate 0.001'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('keras.optimizers.RMSprop(0.001)',
     'keras.optimizers.RMSprop(1 // 1000)'),
]
