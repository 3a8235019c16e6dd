"""Wrong: the learner froze the BatchNormalization layers first and then did fine_tune's steps, base_model.trainable = True and freezing the layers before fine_tune_at; setting the base trainable sets every layer inside it trainable again, so the batch-normalization layers from fine_tune_at on are unfrozen (the counts are fine_tune's 56 and 38); breaks 'and besides, every BatchNormalization layer of the base frozen'."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"

MUTATE = [
    ('    base_model.trainable = True\n    frozen = base_model.layers[:fine_tune_at]\n    for layer in base_model.layers:\n'
     '        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):\n            layer.trainable = False',
     '    for layer in base_model.layers:\n        if isinstance(layer, keras.layers.BatchNormalization):\n'
     '            layer.trainable = False\n    base_model.trainable = True\n'
     '    for layer in base_model.layers[:fine_tune_at]:\n        layer.trainable = False'),
]
