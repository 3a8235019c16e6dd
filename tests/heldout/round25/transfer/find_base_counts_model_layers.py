"""Wrong: the learner found the base by name but counted len(model.layers), the list they had just searched, and it printed a plausible small number; breaks 'the number of the base's own layers, as note 000 prints them: 154 for MobileNetV2 (not the model's count)'."""

EXERCISE, VERDICT = "transfer.find_base", "wrong"

MUTATE = [
    ('    base = model.get_layer(base_name)\n    return base, len(base.layers)',
     '    base = model.get_layer(base_name)\n    return base, len(model.layers)'),
]
