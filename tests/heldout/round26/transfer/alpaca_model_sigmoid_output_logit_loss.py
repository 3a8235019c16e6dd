"""Wrong: the learner gave the output unit activation="sigmoid" so that predict() reads as a probability, and kept the compile line as the docstring writes it (BinaryCrossentropy(from_logits=True), BinaryAccuracy(threshold=0.0)); the summary is unchanged (1,281 trainable parameters) and fit runs, but the loss applies a second sigmoid to a probability and the 0.0 threshold counts every image as an alpaca; breaks 'one output unit with no activation: one logit'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ("    outputs = keras.layers.Dense(1)(x)\n    model = keras.Model(inputs, outputs)\n    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),",
     "    outputs = keras.layers.Dense(1, activation=\"sigmoid\")(x)\n    model = keras.Model(inputs, outputs)\n    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),"),
]
