"""Wrong: the learner wrote Dropout(1 - rate), reading `rate` as the share of units kept (TensorFlow 1's keep_prob), which is the same at the default 0.5; breaks 'Dropout zeroes a random share `rate` of its inputs' (at rate 0.2 it drops 80%)."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    ('                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(rate),',
     '                   keras.layers.Dropout(1 - rate),\n                   keras.layers.Dense(16, activation="relu"),\n                   keras.layers.Dropout(1 - rate),'),
]
