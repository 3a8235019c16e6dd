"""Right: Keras 2 habit RMSprop(learning_rate=0.001, decay=1e-6): Keras 3 warns that decay is no longer supported and ignores it, leaving plain RMSprop at learning rate 0.001."""

EXERCISE, VERDICT = "fundamentals.regression_model", "done"

MUTATE = [
    ('keras.optimizers.RMSprop(0.001)',
     'keras.optimizers.RMSprop(learning_rate=0.001, decay=1e-6)'),
]
