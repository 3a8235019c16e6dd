"""Wrong: splits the output into Dense(1) and Activation("sigmoid") and puts a third Dropout between them, zeroing logits in training; breaks 'Never a dropout after the output: it would zero predictions'."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    ('''                   keras.layers.Dropout(rate),
                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)


def regularized_model''',
     '''                   keras.layers.Dropout(rate),
                   keras.layers.Dense(1),
                   keras.layers.Dropout(rate),
                   keras.layers.Activation("sigmoid"), num_words=num_words)


def regularized_model'''),
]
