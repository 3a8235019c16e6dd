"""Wrong: builds EfficientNetV2B0 for 'EfficientNetB0' (the newer family, found first in the docs); breaks 'the whole network as keras.applications builds it without its top ... 237 for EfficientNetB0'."""
EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"
MUTATE = [
    ('    "EfficientNetB0": keras.applications.EfficientNetB0,',
     '    "EfficientNetB0": keras.applications.EfficientNetV2B0,'),
]
