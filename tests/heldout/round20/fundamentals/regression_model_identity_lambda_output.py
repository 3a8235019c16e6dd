"""Wrong: writes the output's "no activation" as activation=lambda x: x, a function of its own that a saved model cannot load; breaks 'A model holds Keras' own layers only: ... a function of your own in a layer (a regularizer, an activation), is code that a class's grading cannot load'."""
EXERCISE, VERDICT = "fundamentals.regression_model", "wrong"
MUTATE = [("        keras.layers.Dense(1),\n", "        keras.layers.Dense(1, activation=lambda x: x),\n")]
