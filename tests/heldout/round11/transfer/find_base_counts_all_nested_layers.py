"""Wrong: counts the layers of every nested model in `model` (the augmentation block's too), not the base's alone; breaks 'the number of the base's own layers, as note 000 prints them: 154 for MobileNetV2 (not the model's count)'."""

EXERCISE, VERDICT = "transfer.find_base", "wrong"

MUTATE = [
    ('    return base, len(base.layers)',
     '    return base, sum(len(layer.layers) for layer in model.layers if hasattr(layer, "layers"))'),
]
