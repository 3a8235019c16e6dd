"""Wrong: refactors the repeated hidden block into a list [Dense(16), Dropout(rate)] and writes it twice as block * 2, which repeats the same two layer objects: the one Dense is called on its own 16 outputs after being built for num_words inputs, so the model cannot be built; breaks 'Layers: a hidden layer of 16 units (relu), a dropout of `rate`, a hidden layer of 16 units (relu), a dropout of `rate`, one sigmoid output unit'."""

EXERCISE, VERDICT, SAYS = "overfitting.dropout_model", "wrong", "input of shape (None, 16) for a model that wants 50 features"

MUTATE = [
    ('    return _binary(keras.layers.Dense(16, activation="relu"),\n'
     '                   keras.layers.Dropout(rate),\n'
     '                   keras.layers.Dense(16, activation="relu"),\n'
     '                   keras.layers.Dropout(rate),\n'
     '                   keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)',
     '    block = [keras.layers.Dense(16, activation="relu"), keras.layers.Dropout(rate)]\n'
     '    return _binary(*block * 2, keras.layers.Dense(1, activation="sigmoid"), num_words=num_words)'),
]
