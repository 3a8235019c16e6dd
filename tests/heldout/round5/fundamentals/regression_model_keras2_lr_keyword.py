"""Wrong: Wrote the note's Keras 2 RMSprop(lr=0.001); breaks 'Keras 3 names the optimizer's rate learning_rate ... Keras 2's lr= raises an error'."""
EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"
MUTATE = [
    ('model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(0.001), metrics=["mae", "mse"])',
     'model.compile(loss="mse", optimizer=keras.optimizers.RMSprop(lr=0.001), metrics=["mae", "mse"])'),
]
