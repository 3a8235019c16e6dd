"""Wrong: left the second hidden layer at the baseline's 16 units in all three models, changing only the first; the three still differ in size; breaks 'two hidden layers of the same size' (4 and 4, 512 and 512)."""

EXERCISE, VERDICT = "overfitting.capacity_models", "wrong"

MUTATE = [
    ('keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(units, activation="relu"),',
     'keras.layers.Dense(units, activation="relu"),\n                      keras.layers.Dense(16, activation="relu"),'),
]
