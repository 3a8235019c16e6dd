"""Wrong: compiles with the huber loss ('more robust'); breaks 'Compiled with the mse loss'."""
EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"
MUTATE = [
    ('    model.compile(loss="mse", optimizer',
     '    model.compile(loss="huber", optimizer'),
]
