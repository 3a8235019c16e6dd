"""Wrong: Epochs=3 whatever is passed; breaks 'fitted once, for epochs epochs' (grader's 4)."""
EXERCISE, VERDICT = "overfitting.tune", "wrong"
MUTATE = [
    ('history = model.fit(x, y, epochs=epochs,',
     'history = model.fit(x, y, epochs=3,'),
]
