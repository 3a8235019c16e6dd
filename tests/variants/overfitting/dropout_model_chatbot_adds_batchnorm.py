"""Wrong: a chatbot's "regularise more" version slips a BatchNormalization in before the output; breaks the layer list 'a hidden layer ..., a dropout of `rate`, ... one sigmoid output unit'."""

EXERCISE, VERDICT, SAYS = "overfitting.dropout_model", "wrong", "layers"

MUTATE = [
    ('keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation',
     'keras.layers.Dropout(rate),\n                   keras.layers.BatchNormalization(),\n                   keras.layers.Dense(1, activation'),
]
