"""Wrong: sets model.trainable = True before compiling, which unfreezes the nested EfficientNetB0 too; breaks 'EfficientNetB0 without its top, with the weights argument, frozen, called in inference mode'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('    model = keras.Model(inputs, outputs)\n    model.compile(loss="categorical_crossentropy"',
     '    model = keras.Model(inputs, outputs)\n    model.trainable = True\n    model.compile(loss="categorical_crossentropy"'),
]
