"""Wrong: returns a clone of the base layer ('so fine-tuning cannot break the model'); breaks '(base, count): the layer object itself'."""
EXERCISE, VERDICT = "transfer.find_base", "wrong"
MUTATE = [
    ('''    base = model.get_layer(base_name)
    return base, len(base.layers)''',
     '''    base = keras.models.clone_model(model.get_layer(base_name))
    return base, len(base.layers)'''),
]
