"""Wrong: One Dropout, after the first hidden layer only; breaks 'a Dropout layer after each hidden layer'."""
EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"
MUTATE = [
    ('keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     'keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)'),
]
