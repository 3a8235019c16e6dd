"""Wrong: follows note 002, which compiles only later, and returns the model uncompiled; breaks 'Compiled with a binary cross-entropy that takes logits (from_logits=True), the Adam optimizer at learning rate 0.001'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('    model = keras.Model(inputs, outputs)\n    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),\n                  loss=keras.losses.BinaryCrossentropy(from_logits=True), metrics=["accuracy"])\n    return model',
     '    return keras.Model(inputs, outputs)'),
]
