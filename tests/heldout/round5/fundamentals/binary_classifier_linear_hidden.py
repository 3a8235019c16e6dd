"""Wrong: Left the hidden Dense(16) without its relu; breaks 'a hidden layer of 16 units, relu'."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [
    ('keras.layers.Dense(16, activation="relu"),',
     'keras.layers.Dense(16),'),
]
