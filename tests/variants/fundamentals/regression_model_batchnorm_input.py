"""Wrong: puts a BatchNormalization layer before the first hidden layer so unscaled features train stably; breaks 'Layers, in order, for inputs of `num_features` columns: a hidden layer of 64 units, relu ...' (an extra layer first)."""

EXERCISE, VERDICT, SAYS = "fundamentals.regression_model", "wrong", "layers"

MUTATE = [
    ('keras.Input(shape=(num_features,)),\n',
     'keras.Input(shape=(num_features,)),\n'
     '        keras.layers.BatchNormalization(),  # copes with features on different scales\n'),
]
