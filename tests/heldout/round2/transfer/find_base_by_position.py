"""Wrong: Took the base as model.layers[4] as note 002 does; breaks 'find the base by its name'."""
EXERCISE, VERDICT = "transfer.find_base", "wrong"
MUTATE = [
    ('base = model.get_layer(base_name)',
     'base = model.layers[4]'),
]
