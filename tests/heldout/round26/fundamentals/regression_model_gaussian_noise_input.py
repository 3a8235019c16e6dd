"""Wrong: the learner put a GaussianNoise(0.1) layer in front of the hidden layers, noise injection from a tabular-regression tip, reasoning that it only acts in fit() and leaves predictions alone (their predict() check gave (N, 1) as expected); the model has a layer the note's build_model does not have, and every training input is perturbed; breaks 'Layers, in order, for inputs of `num_features` columns: a hidden layer of 64 units, relu, a hidden layer of 64 units, relu, an output of 1 unit, no activation'."""

EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"

MUTATE = [
    ('        keras.Input(shape=(num_features,)),\n',
     '        keras.Input(shape=(num_features,)),\n        keras.layers.GaussianNoise(0.1),\n'),
]
