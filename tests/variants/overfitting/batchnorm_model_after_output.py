"""Wrong: a BatchNormalization after the output rescales the probabilities."""
EXERCISE, VERDICT, SAYS = "overfitting.batchnorm_model", "wrong", "after the output"
MUTATE = [('keras.layers.Activation("relu"),\n                   keras.layers.Dense(1, activation="sigmoid"),',
           'keras.layers.Activation("relu"),\n                   keras.layers.Dense(1, activation="sigmoid"),\n'
           '                   keras.layers.BatchNormalization(),')]
