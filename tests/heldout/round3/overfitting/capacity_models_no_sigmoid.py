"""Wrong: Left the output unit linear (no sigmoid) while the loss is binary_crossentropy on probabilities; breaks 'then one sigmoid output unit'."""
EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"
MUTATE = [
    ('                      keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     '                      keras.layers.Dense(1), num_words=num_words)'),
]
