"""Wrong: checks the weights argument itself and raises FileNotFoundError for a path that is not a file, before keras.applications sees it; breaks 'weights: passed through to the network' (a bad path is for the network to refuse)."""

EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"

MUTATE = [
    (
        'def pretrained_base(name, image_size=(160, 160), weights="imagenet"):\n',
        'def pretrained_base(name, image_size=(160, 160), weights="imagenet"):\n    if weights not in ("imagenet", None) and not os.path.isfile(weights):\n        raise FileNotFoundError(f"no weights file at {weights}")\n',
    ),
]
