"""Wrong: returns a defensive copy of the base (clone_model with the same weights), so whatever the caller does to it cannot harm the model; breaks 'Returns: (base, count): the layer object itself'."""

EXERCISE, VERDICT, SAYS = "transfer.find_base", "wrong", "layer found for base_name='base'"

MUTATE = [
    ('    base = model.get_layer(base_name)',
     '    found = model.get_layer(base_name)\n'
     '    base = keras.models.clone_model(found)  # a copy: the model itself stays untouched\n'
     '    base.set_weights(found.get_weights())'),
]
