"""Wrong: freezes note 001's base_model.layers[:-10] whatever fine_tune_at is (BatchNormalization frozen as asked); breaks 'layers from fine_tune_at on trainable, those before frozen'."""

EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"

MUTATE = [
    ('frozen = base_model.layers[:fine_tune_at]',
     'frozen = base_model.layers[:-10]  # note 001'),
]
