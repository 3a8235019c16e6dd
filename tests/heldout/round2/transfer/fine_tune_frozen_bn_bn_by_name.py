"""Wrong: Found BatchNormalization layers by a name ending in 'BN' (misses bn_Conv1, Conv_1_bn and default-named layers); breaks 'every BatchNormalization layer of the base frozen'."""
EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"
MUTATE = [
    ('isinstance(layer, keras.layers.BatchNormalization)',
     'layer.name.endswith("BN")'),
]
