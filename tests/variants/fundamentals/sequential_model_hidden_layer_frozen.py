"""Wrong: builds the hidden Dense layer with trainable=False (copied from a transfer-learning example), so it never learns; breaks 'learn features in one hidden layer'."""
EXERCISE, VERDICT, SAYS = "fundamentals.sequential_model", "wrong", 'trainable=False'
MUTATE = [('        keras.layers.Dense(128, activation="relu"),\n        keras.layers.Dense(10, activation="softmax"),',
           '        keras.layers.Dense(128, activation="relu", trainable=False),\n        keras.layers.Dense(10, activation="softmax"),')]
