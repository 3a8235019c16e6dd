"""Wrong: repeats the training data just enough for one epoch's steps (ceil(steps / len)), so Keras 3's carried iterator runs out in a later epoch; breaks 'the training data must never run out'."""

EXERCISE, VERDICT = "data.fit_steps", "wrong"

MUTATE = [
    ('    return model.fit(train_data.repeat(), epochs=epochs,',
     '    return model.fit(train_data.repeat(-(-steps // len(train_data))), epochs=epochs,'),
]
