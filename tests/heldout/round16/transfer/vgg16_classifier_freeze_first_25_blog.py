"""Wrong: followed the Keras blog's 'freeze the first 25 layers' and froze model.layers[:25] of the finished model, which (23 layers in all) freezes block 5 and the head too; breaks 'its first 15 layers frozen, so that only block 5's three convolutions train' and 'with 10 trainable variables'."""

EXERCISE, VERDICT = 'transfer.vgg16_classifier', 'wrong'

MUTATE = [
    ('    for layer in base.layers[:15]:\n        layer.trainable = False\n',
     ''),
    ('    model = keras.Model(inputs=base.input, outputs=outputs)\n',
     '    model = keras.Model(inputs=base.input, outputs=outputs)\n    for layer in model.layers[:25]:\n        layer.trainable = False\n'),
]
