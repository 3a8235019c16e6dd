"""Wrong: builds the normalisation layers with trainable=False so that "their statistics stay stable" between training and inference; a frozen BatchNormalization in Keras 3 runs in inference mode even in fit, trains no gamma or beta and never updates its moving statistics; breaks 'What it trains: gamma (scale) and beta (shift) are trainable' and 'while training it normalises with the statistics of the current batch (and updates the moving ones)'."""

EXERCISE, VERDICT, SAYS = "overfitting.batchnorm_model", "wrong", "BatchNormalization weights"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16),\n'
     '                   keras.layers.BatchNormalization(),\n'
     '                   keras.layers.Activation("relu"),\n'
     '                   keras.layers.Dense(16),\n'
     '                   keras.layers.BatchNormalization(),\n',
     '    return _binary(keras.layers.Dense(16),\n'
     '                   keras.layers.BatchNormalization(trainable=False),  # stable statistics\n'
     '                   keras.layers.Activation("relu"),\n'
     '                   keras.layers.Dense(16),\n'
     '                   keras.layers.BatchNormalization(trainable=False),\n'),
]
