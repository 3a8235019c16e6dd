"""Wrong: maps the name MobileNetV2 to keras.applications.MobileNet (the first version, 86 layers); breaks '154 layers for MobileNetV2'."""

EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"

MUTATE = [
    ('    "MobileNetV2": keras.applications.MobileNetV2,\n',
     '    "MobileNetV2": keras.applications.MobileNet,\n'),
]
