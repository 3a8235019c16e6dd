"""Wrong: used GaussianDropout(rate), also a noise layer that is off at inference and varies in training; it multiplies by Gaussian noise and zeroes nothing; breaks 'Dropout zeroes a random share `rate` of its inputs *only while training*'."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    ('keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),',
     'keras.layers.GaussianDropout(rate),\n                   keras.layers.Dense(16, activation="relu"),'),
    ('keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation="sigmoid")',
     'keras.layers.GaussianDropout(rate),\n                   keras.layers.Dense(1, activation="sigmoid")'),
]
