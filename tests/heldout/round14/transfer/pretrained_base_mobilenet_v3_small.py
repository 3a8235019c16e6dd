"""Wrong: maps "MobileNetV2" to keras.applications.MobileNetV3Small (the newer MobileNet, picked from autocompletion); breaks '"MobileNetV2", "EfficientNetB0" or "VGG16", all three in keras.applications' and '154 layers for MobileNetV2'."""

EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"

MUTATE = [
    ('    "MobileNetV2": keras.applications.MobileNetV2,',
     '    "MobileNetV2": keras.applications.MobileNetV3Small,'),
]
