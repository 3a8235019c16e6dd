"""Wrong: Left the second hidden Dense(16) without relu; breaks 'a hidden layer of 16 units (relu)' (both)."""
EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"
MUTATE = [
    ('                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),',
     '                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16),'),
]
