"""Wrong: a relu output layer gives no probabilities."""
EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "wrong", 'Dense(10, activation="softmax")'
MUTATE = [('keras.layers.Dense(10, activation="softmax")', 'keras.layers.Dense(10, activation="relu")')]
