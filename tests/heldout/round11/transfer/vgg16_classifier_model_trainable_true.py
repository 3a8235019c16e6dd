"""Wrong: sets model.trainable = True before compiling "to train the head", which unfreezes the first 15 layers again; breaks 'its first 15 layers frozen, so that only block 5's three convolutions train'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('    model = keras.Model(inputs=base.input, outputs=outputs)\n    model.compile(optimizer="sgd"',
     '    model = keras.Model(inputs=base.input, outputs=outputs)\n    model.trainable = True\n    model.compile(optimizer="sgd"'),
]
