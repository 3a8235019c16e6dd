"""Wrong: the learner looked at MobileNetV2's summary, saw names like "block_1_expand_BN", and picked the batch-normalization layers by "BN" in their name; MobileNetV2's last one is "Conv_1_bn" and stays trainable, and a base whose layers carry Keras' default names ("batch_normalization") gets none frozen; breaks 'and besides, every BatchNormalization layer of the base frozen'."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"

MUTATE = [
    ('        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):',
     '        if layer in frozen or "BN" in layer.name:'),
]
