"""Wrong: reads note 004's 'これにより15層目の畳み込みレイヤーのみ重みパラメータを学習' as one layer: freezes the whole base except base.layers[15] (block5_conv1), so block5_conv2 and block5_conv3 stay frozen (6 trainable variables); breaks 'only block 5's three convolutions train' and 'with 10 trainable variables'."""

EXERCISE, VERDICT = "transfer.vgg16_classifier", "wrong"

MUTATE = [
    ('    for layer in base.layers[:15]:\n        layer.trainable = False\n    x = keras.layers.Flatten()(base.output)',
     '    for index, layer in enumerate(base.layers):\n        layer.trainable = index == 15  # note 004: 15層目の畳み込みレイヤーのみ学習\n    x = keras.layers.Flatten()(base.output)'),
]
