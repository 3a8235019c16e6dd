"""Wrong: gave the 10 outputs sigmoid, whose values also print between 0 and 1, taking them for class probabilities; they no longer sum to 1; breaks 'an output layer of 10 units, softmax: one probability per class'."""

EXERCISE, VERDICT = "fundamentals.sequential_model", "wrong"

MUTATE = [
    ('keras.layers.Dense(10, activation="softmax"),',
     'keras.layers.Dense(10, activation="sigmoid"),'),
]
