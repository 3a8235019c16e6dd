"""Wrong: the learner added a GaussianNoise(0.1) layer after the flattening, a regulariser from a robustness tutorial, reasoning that it is switched off at prediction (and predict() gave the same (batch, 10) output); the model has a layer the note does not have, and in fit() every training image is perturbed; breaks 'Layers, in order: a flattening of each 28x28 image into a vector of 784, a hidden layer of 128 units, relu, an output layer of 10 units, softmax'."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"

MUTATE = [
    ('        keras.layers.Flatten(),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10,',
     '        keras.layers.Flatten(),\n        keras.layers.GaussianNoise(0.1),\n        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10,'),
]
