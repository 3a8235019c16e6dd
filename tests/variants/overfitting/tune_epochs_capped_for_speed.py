"""Wrong: caps every search run at 3 epochs ("enough to rank the combinations, and the grid runs faster"), so the grader's 4 epochs are never trained and each run is scored on its third epoch; breaks 'fitted once, for `epochs` epochs, holding out `validation_split` of x, quietly'."""

EXERCISE, VERDICT, SAYS = "overfitting.tune", "wrong", "epochs"

MUTATE = [
    ('history = model.fit(x, y, epochs=epochs,',
     'history = model.fit(x, y, epochs=min(epochs, 3),'),
]
