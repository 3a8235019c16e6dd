"""Wrong: starts from note 000's binary model (Embedding(vocab_size, 16), GlobalAveragePooling1D) instead of the baseline's Dense layers; breaks 'The baseline model with BatchNormalization after each hidden Dense layer'."""

EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),',
     '    return _binary(keras.layers.Embedding(num_words, 16),\n                   keras.layers.GlobalAveragePooling1D(),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),'),
]
