"""Wrong: picks the neighbouring "hard_sigmoid" (a clipped straight line) for the output; breaks 'an output of 1 unit, sigmoid'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    ('keras.layers.Dense(1, activation="sigmoid"),',
     'keras.layers.Dense(1, activation="hard_sigmoid"),'),
]
