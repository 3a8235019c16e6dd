"""Wrong: the learner's own check, np.mean((model.predict(x) - y) ** 2), gave a huge number because (N, 1) minus (N,) broadcasts to (N, N), so they added a Reshape(()) after the output to make predictions (N,); the model has a layer after its one-unit output and no longer gives (batch, 1); breaks 'Layers, in order ... an output of 1 unit, no activation'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('        keras.layers.Dense(1),\n    ])',
     '        keras.layers.Dense(1),\n        keras.layers.Reshape(()),\n    ])'),
]
