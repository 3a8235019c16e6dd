"""Wrong: sets model.trainable = True before compiling "so the head trains", which unfreezes the nested base too; breaks 'Only the head trains.'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('    model = keras.Model(inputs, outputs)\n    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),',
     '    model = keras.Model(inputs, outputs)\n    model.trainable = True\n    model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.001),'),
]
