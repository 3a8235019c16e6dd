"""Wrong: a chatbot's "get it as a standalone model", keras.Model(base.inputs, base.outputs), which returns a new wrapper instead of the nested layer; breaks 'the layer object itself'."""

EXERCISE, VERDICT, SAYS = "transfer.find_base", "wrong", "layer found for base_name='base'"

MUTATE = [
    ('    base = model.get_layer(base_name)\n',
     '    found = model.get_layer(base_name)\n    base = keras.Model(found.inputs, found.outputs, name=found.name)\n'),
]
