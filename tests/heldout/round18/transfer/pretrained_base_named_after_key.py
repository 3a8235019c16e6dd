"""Wrong: passes name=name to the application, so the base is called "MobileNetV2" instead of keras.applications' own name ("mobilenetv2_1.00_160"); breaks 'the whole network as keras.applications builds it'."""

EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"

MUTATE = [
    ('''include_top=False, weights=weights)


def extract_features''',
     '''include_top=False, weights=weights,
                         name=name)


def extract_features'''),
]
