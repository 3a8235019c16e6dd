"""Right: passes the learning rate to Adam positionally, keras.optimizers.Adam(rate)."""

EXERCISE, VERDICT = 'overfitting.tune', 'done'

MUTATE = [
    ('keras.optimizers.Adam(learning_rate=rate)',
     'keras.optimizers.Adam(rate)'),
]
