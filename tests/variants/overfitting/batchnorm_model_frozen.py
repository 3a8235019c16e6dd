"""Wrong: a frozen BatchNormalization learns nothing and stays in inference mode."""
EXERCISE, VERDICT, SAYS = "overfitting.batchnorm_model", "wrong", "gamma and beta are learned"
MUTATE = [("return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(),",
           "return _binary(keras.layers.Dense(16),\n                   keras.layers.BatchNormalization(trainable=False),")]
