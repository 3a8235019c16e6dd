"""Wrong: re-fetches the base as note 002 does, model.layers[4] (the Dropout in Keras 3's alpaca model), ignoring the base_model argument; breaks 'every BatchNormalization layer of the base frozen' and 'layers from fine_tune_at on trainable'."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"

MUTATE = [
    ('    base_model.trainable = True\n    frozen = base_model.layers[:fine_tune_at]',
     '    base_model = model.layers[4]  # note 002: base_model = model2.layers[4]\n    base_model.trainable = True\n    frozen = base_model.layers[:fine_tune_at]'),
]
