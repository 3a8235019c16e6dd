"""Wrong: Froze only the layers before fine_tune_at, not the BatchNormalization ones; breaks 'every BatchNormalization layer of the base frozen'."""
EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"
MUTATE = [
    ('if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):',
     'if layer in frozen:'),
]
