"""Wrong: Added a Dropout after the output unit too; breaks 'Never a dropout after the output'."""
EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"
MUTATE = [
    ('keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     'keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation="sigmoid"),\n                   keras.layers.Dropout(rate), num_words=num_words)'),
]
