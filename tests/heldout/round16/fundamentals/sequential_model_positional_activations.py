"""Right: gives the activations positionally, Dense(128, 'relu') and Dense(10, 'softmax'); activation is Dense's second parameter."""

EXERCISE, VERDICT = 'fundamentals.sequential_model', 'done'

MUTATE = [
    ('        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),',
     '        keras.layers.Dense(128, "relu"),\n        keras.layers.Dense(10, "softmax"),'),
]
