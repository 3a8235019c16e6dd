"""Wrong: puts a BatchNormalization between every Dense and its activation, the output included (Dense(1), BatchNormalization, sigmoid), which rescales the output logit by batch statistics; breaks 'Never after the output: it would rescale the probabilities'."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"

MUTATE = [
    (
        '                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)\n',
        '                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(1),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("sigmoid"), num_words=num_words)\n',
    ),
]
