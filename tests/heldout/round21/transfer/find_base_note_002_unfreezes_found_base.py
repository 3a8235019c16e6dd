"""Wrong: copies note 002's next line too, base_model.trainable = True, so finding the base unfreezes it inside the caller's model; breaks 'Every function ... changes neither them [its arguments]'."""

EXERCISE, VERDICT = "transfer.find_base", "wrong"

MUTATE = [
    ('base = model.get_layer(base_name)\n',
     'base = model.get_layer(base_name)\n    base.trainable = True  # note 002\n'),
]
