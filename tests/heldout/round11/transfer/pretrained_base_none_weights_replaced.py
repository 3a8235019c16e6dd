"""Wrong: replaces a None weights argument with "imagenet" (weights or "imagenet"), so the graders' untrained build tries to download; breaks 'weights: passed through to the network'."""

EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"

MUTATE = [
    ('include_top=False, weights=weights)\n\n\ndef extract_features',
     'include_top=False, weights=weights or "imagenet")\n\n\ndef extract_features'),
]
