"""Wrong: the learner wrote the model with the functional API and called each Dropout with training=True, "dropout is for training"; fit() and predict() behave (Keras 3 passes their own mode through the graph) and the summary matches, but a plain call, model(x), which is inference mode, still zeroes half the hidden units, so two plain calls on the same input give different predictions; breaks 'At inference (predict, evaluate, a call in inference mode) it passes everything through'."""

EXERCISE, VERDICT = "overfitting.dropout_model", "wrong"

MUTATE = [
    ("    return _binary(keras.layers.Dense(16, activation=\"relu\"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(16, activation=\"relu\"),\n                   keras.layers.Dropout(rate),\n                   keras.layers.Dense(1, activation=\"sigmoid\"), num_words=num_words)",
     "    inputs = keras.Input(shape=(num_words,))\n"
     "    x = keras.layers.Dense(16, activation=\"relu\")(inputs)\n"
     "    x = keras.layers.Dropout(rate)(x, training=True)  # dropout only while training\n"
     "    x = keras.layers.Dense(16, activation=\"relu\")(x)\n"
     "    x = keras.layers.Dropout(rate)(x, training=True)\n"
     "    outputs = keras.layers.Dense(1, activation=\"sigmoid\")(x)\n"
     "    model = keras.Model(inputs, outputs)\n"
     "    model.compile(optimizer=\"adam\", loss=\"binary_crossentropy\", metrics=[\"accuracy\", \"binary_crossentropy\"])\n"
     "    return model"),
]
