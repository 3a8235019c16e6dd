"""Wrong: the learner's own accuracy check, np.mean((model.predict(x) > 0.5) == y), compared (N, 1) with (N,) and broadcast to an (N, N) table, so they added a Reshape(()) after the sigmoid to make the predictions flat, and the check then looked right; the model has a layer after its one-unit output and no longer gives (batch, 1); breaks 'Layers, in order: ... an output of 1 unit, sigmoid: the probability of "positive"'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    ('        keras.layers.Dense(1, activation="sigmoid"),\n',
     '        keras.layers.Dense(1, activation="sigmoid"),\n        keras.layers.Reshape(()),\n'),
]
