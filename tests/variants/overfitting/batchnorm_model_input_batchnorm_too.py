"""Wrong: also normalises the inputs with a BatchNormalization right after the Input ("normalise everything a Dense layer sees"), a third normalisation layer of 4 x num_words weights before the first hidden layer; breaks 'Where it goes: between a hidden layer and the next, commonly between the hidden layer's 16 units and their relu ..., twice, then the sigmoid output unit.'"""

EXERCISE, VERDICT, SAYS = "overfitting.batchnorm_model", "wrong", "layers"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16),\n',
     '    return _binary(keras.layers.BatchNormalization(),  # normalise the inputs as well\n'
     '                   keras.layers.Dense(16),\n'),
]
