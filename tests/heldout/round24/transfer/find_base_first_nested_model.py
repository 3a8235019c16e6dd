"""Wrong: the learner ignored base_name and took the first layer of the model that is itself a model, "the base is the nested network"; when the base is the only nested model that works, but the alpaca model's augmentation Sequential, or any nested Sequential before the base, is found instead; breaks 'A name does not move: find the base by its name' and 'Returns: (base, count): the layer object itself'."""

EXERCISE, VERDICT = "transfer.find_base", "wrong"

MUTATE = [
    ('    base = model.get_layer(base_name)',
     '    base = next(layer for layer in model.layers if isinstance(layer, keras.Model))'),
]
