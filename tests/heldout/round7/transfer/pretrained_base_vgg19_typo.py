"""Wrong: the lookup table maps 'VGG16' to keras.applications.VGG19 (one key typed from memory); breaks 'name: "MobileNetV2", "EfficientNetB0" or "VGG16"' / '19 for VGG16'."""
EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"
MUTATE = [
    ('    "VGG16": keras.applications.VGG16,',
     '    "VGG16": keras.applications.VGG19,'),
]
