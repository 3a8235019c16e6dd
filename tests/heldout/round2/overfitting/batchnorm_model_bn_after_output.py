"""Wrong: Added a BatchNormalization after the sigmoid output as well; breaks 'Never after the output'."""
EXERCISE, VERDICT = "overfitting.batchnorm_model", "wrong"
MUTATE = [
    ('keras.layers.Activation("relu"),\n                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     'keras.layers.Activation("relu"),\n                   keras.layers.Dense(1, activation="sigmoid"),\n                   keras.layers.BatchNormalization(), num_words=num_words)'),
]
