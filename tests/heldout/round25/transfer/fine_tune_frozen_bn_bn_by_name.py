"""Wrong: the learner spotted BatchNormalization layers by name, MobileNetV2-style ("bn_Conv1", "block_1_expand_BN", "Conv_1_bn"), and got 20 and 14 trainable variables as promised; a base whose BatchNormalization layers have Keras' default names ("batch_normalization") keeps them trainable; breaks 'and besides, every BatchNormalization layer of the base frozen'."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"

MUTATE = [
    ('        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):',
     '        name = layer.name.lower()\n'
     '        if layer in frozen or name.startswith("bn") or name.endswith("_bn"):'),
]
