"""Wrong: wanting the same result on every run, the learner started the hidden layer's weights at zero (kernel_initializer="zeros") instead of at random, and the model compiled, trained and printed a loss; every hidden unit outputs relu(0) = 0 with a zero gradient, so neither the word vectors nor the hidden layer ever change and only the output bias learns (the model predicts the base rate); breaks 'The model learns one small vector per word, averages the vectors over the review, and turns that average into the probability that the review is positive'."""

EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"

MUTATE = [
    ('        keras.layers.Dense(16, activation="relu"),',
     '        keras.layers.Dense(16, activation="relu", kernel_initializer="zeros"),'),
]
