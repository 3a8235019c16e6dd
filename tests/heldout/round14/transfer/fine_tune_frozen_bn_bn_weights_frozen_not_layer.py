"""Wrong: 'freezes' each BatchNormalization by setting its gamma and beta variables to trainable=False, leaving the layer trainable, so it still runs in training mode in fit and its moving statistics move (the trainable count is 20 / 14 all the same); breaks 'every BatchNormalization layer of the base frozen' and 'After a training step the base's moving means and variances have not moved'."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"

MUTATE = [
    ('    for layer in base_model.layers:\n        if layer in frozen or isinstance(layer, keras.layers.BatchNormalization):\n            layer.trainable = False\n',
     '    for layer in base_model.layers:\n        if layer in frozen:\n            layer.trainable = False\n        elif isinstance(layer, keras.layers.BatchNormalization):\n            for variable in layer.trainable_weights:\n                variable.trainable = False\n'),
]
