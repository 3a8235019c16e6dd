"""Wrong: compiles with keras.losses.MeanSquaredError(reduction='sum'), a habit from custom training loops, so the loss is the batch's sum of squared errors, not their mean; breaks 'Compiled with the mse loss'."""

EXERCISE, VERDICT = 'fundamentals.regression_model', 'wrong'

MUTATE = [
    ('model.compile(loss="mse",',
     'model.compile(loss=keras.losses.MeanSquaredError(reduction="sum"),'),
]
