"""Wrong: uses a log_softmax output (for numerical stability), which gives log-probabilities; breaks 'an output layer of 10 units, softmax: one probability per class'."""
EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"
MUTATE = [
    ('        keras.layers.Dense(10, activation="softmax"),',
     '        keras.layers.Dense(10, activation="log_softmax"),'),
]
