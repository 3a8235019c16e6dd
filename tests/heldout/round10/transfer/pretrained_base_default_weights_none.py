"""Wrong: changes the default of weights to None so that nothing is downloaded by accident; breaks 'Every function that builds a pretrained network takes `weights` (default "imagenet", as you would write it)'."""

EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"

MUTATE = [
    ('def pretrained_base(name, image_size=(160, 160), weights="imagenet"):',
     'def pretrained_base(name, image_size=(160, 160), weights=None):'),
]
