"""Wrong: finds the base itself as the model's first nested keras.Model instead of using base_model, which in note 002's model is the augmentation Sequential; breaks 'What must hold afterwards: as after fine_tune (layers from fine_tune_at on trainable, those before frozen'."""

EXERCISE, VERDICT, SAYS = "transfer.fine_tune_frozen_bn", "wrong", "len(model.trainable_variables)"

MUTATE = [
    ('    base_model.trainable = True\n    frozen = base_model.layers[:fine_tune_at]',
     '    base_model = next(layer for layer in model.layers if isinstance(layer, keras.Model))  # find it ourselves\n'
     '    base_model.trainable = True\n'
     '    frozen = base_model.layers[:fine_tune_at]'),
]
