"""Wrong: the learner took the first layer that is itself a keras.Model ("the base is the nested model") and never read base_name; that finds the base in their try, input -> base -> head, but a nested Sequential before the base (note 002's augmentation block, or the grader's) is a Model too and comes back instead; breaks 'A name does not move: find the base by its name' and 'the layer object itself'."""

EXERCISE, VERDICT = "transfer.find_base", "wrong"

MUTATE = [
    ('    base = model.get_layer(base_name)\n    return base, len(base.layers)',
     '    base = next(layer for layer in model.layers if isinstance(layer, keras.Model))\n    return base, len(base.layers)'),
]
