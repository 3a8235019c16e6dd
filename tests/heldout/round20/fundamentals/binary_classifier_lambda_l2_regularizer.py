"""Wrong: adds an L2 penalty to the hidden layer as a lambda (kernel_regularizer=lambda w: ...), code of its own that a saved model cannot load; breaks 'A model holds Keras' own layers only: ... a function of your own in a layer (a regularizer, an activation), is code that a class's grading cannot load'."""
EXERCISE, VERDICT = "fundamentals.binary_classifier", "wrong"
MUTATE = [('        keras.layers.Dense(16, activation="relu"),\n        keras.layers.Dense(1, activation="sigmoid"),',
           '        keras.layers.Dense(16, activation="relu",\n'
           '                           kernel_regularizer=lambda w: 1e-4 * keras.ops.sum(keras.ops.square(w))),\n'
           '        keras.layers.Dense(1, activation="sigmoid"),')]
