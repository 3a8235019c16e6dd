"""Correct: Optimizer='rmsprop': Keras's RMSprop default learning rate is 0.001."""
EXERCISE, VERDICT = "fundamentals.regression_model", "done"
MUTATE = [
    ('optimizer=keras.optimizers.RMSprop(0.001)',
     'optimizer="rmsprop"'),
]
