"""Wrong: the Activation("relu") layers left out: the hidden layers are linear."""
EXERCISE, VERDICT, SAYS = "overfitting.batchnorm_model", "wrong", "relu"
MUTATE = [('keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),',
           'keras.layers.BatchNormalization(),\n                   keras.layers.Dense(16),'),
          ('keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(1,',
           'keras.layers.BatchNormalization(),\n                   keras.layers.Dense(1,')]
