"""Wrong: Apple-silicon / Keras 2.11 habit: keras.optimizers.legacy.RMSprop(learning_rate=0.001), which Keras 3 no longer provides (ImportError when it is made); breaks 'Compiled with the mse loss, the RMSprop optimizer at learning rate 0.001'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('keras.optimizers.RMSprop(0.001)',
     'keras.optimizers.legacy.RMSprop(learning_rate=0.001)'),
]
