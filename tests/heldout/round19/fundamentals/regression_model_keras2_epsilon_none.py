"""Wrong: copies the Keras 2 signature RMSprop(0.001, rho=0.9, epsilon=None); Keras 3 takes None literally and training fails; breaks 'trains the model a little on a linear target'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('keras.optimizers.RMSprop(0.001)',
     'keras.optimizers.RMSprop(0.001, rho=0.9, epsilon=None)'),
]
