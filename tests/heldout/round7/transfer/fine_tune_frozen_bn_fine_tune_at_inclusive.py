"""Wrong: freezes layers up to and including fine_tune_at (layers[:fine_tune_at + 1]); breaks 'fine_tune_at: the base's first layer to train' (as after fine_tune: layers from fine_tune_at on trainable)."""
EXERCISE, VERDICT = "transfer.fine_tune_frozen_bn", "wrong"
MUTATE = [
    ("""    frozen = base_model.layers[:fine_tune_at]
""",
     """    frozen = base_model.layers[:fine_tune_at + 1]
"""),
]
