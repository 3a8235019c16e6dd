"""Wrong: finds the batch norms by name, layer.name.endswith("_BN") as MobileNetV2 names most of them, missing its "Conv_1_bn" and any "batch_normalization" layer; breaks 'and besides, every BatchNormalization layer of the base frozen'."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune_frozen_bn", "wrong", "moving_mean after a training step"

MUTATE = [
    ('        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):',
     '        if layer in frozen or layer.name.endswith("_BN"):  # MobileNetV2 names them *_BN'),
]
