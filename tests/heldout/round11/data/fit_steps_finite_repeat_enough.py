"""Right: repeats the training data a finite number of times, enough for every epoch's steps (ceil(epochs * steps / len))."""

EXERCISE, VERDICT = "data.fit_steps", "done"

MUTATE = [
    ('    return model.fit(train_data.repeat(), epochs=epochs,',
     '    import math\n\n    return model.fit(train_data.repeat(math.ceil(epochs * steps / len(train_data))), epochs=epochs,'),
]
