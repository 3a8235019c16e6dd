"""Wrong: a chatbot's "modern" block Dense -> BatchNormalization -> GELU; breaks 'between the hidden layer's 16 units and their relu'."""

EXERCISE, VERDICT, SAYS = "overfitting.batchnorm_model", "wrong", "hidden layer 1"

MUTATE = [
    ('keras.layers.BatchNormalization(),\n                   keras.layers.Activation("relu"),\n                   keras.layers.Dense(16),',
     'keras.layers.BatchNormalization(),\n                   keras.layers.Activation("gelu"),\n                   keras.layers.Dense(16),'),
    ('keras.layers.Activation("relu"),\n                   keras.layers.Dense(1, activation="sigmoid")',
     'keras.layers.Activation("gelu"),\n                   keras.layers.Dense(1, activation="sigmoid")'),
]
