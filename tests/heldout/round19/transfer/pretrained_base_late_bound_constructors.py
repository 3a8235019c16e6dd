"""Wrong: fills the table of constructors with lambdas in a loop over the names, so every name builds the last one, VGG16 (late binding); breaks 'name: "MobileNetV2", "EfficientNetB0" or "VGG16"' and 'the whole network as keras.applications builds it'."""
EXERCISE, VERDICT = "transfer.pretrained_base", "wrong"
MUTATE = [
    ('''BASES = {
    "MobileNetV2": keras.applications.MobileNetV2,
    "EfficientNetB0": keras.applications.EfficientNetB0,
    "VGG16": keras.applications.VGG16,
}''', '''BASES = {}
for _name in ("MobileNetV2", "EfficientNetB0", "VGG16"):
    BASES[_name] = lambda **kwargs: getattr(keras.applications, _name)(**kwargs)'''),
]
