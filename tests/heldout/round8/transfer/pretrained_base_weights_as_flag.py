"""Wrong: reads weights as an on/off flag, "imagenet" if weights else None, so a weights file path becomes a download of the ImageNet weights; breaks 'weights: passed through to the network'."""

EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"

MUTATE = [
    (
        'include_top=False, weights=weights)\n\n\ndef extract_features(',
        'include_top=False,\n                        weights="imagenet" if weights else None)\n\n\ndef extract_features(',
    ),
]
