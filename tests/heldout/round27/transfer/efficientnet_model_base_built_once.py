"""Wrong: EfficientNetB0 is slow to build and its weights slow to load, so the learner kept the base in a module-level dictionary, one per weights value, and built it only on the first call; one model came out as the note's summary says (4,062,381 parameters, 12,810 trainable); but every later model is built on that same base object: the models share their base layers (unfreezing or training one changes the others), and the function writes to a variable of the module; breaks the module's 'makes anew the models and callbacks it returns' and 'it changes neither them, nor this module's variables'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('''def efficientnet_model(num_classes=10, image_size=(224, 224), weights="imagenet"):
    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)''',
     '''_EFFICIENTNET_BASES = {}


def efficientnet_model(num_classes=10, image_size=(224, 224), weights="imagenet"):
    if weights not in _EFFICIENTNET_BASES:  # build (and download) the base only once
        _EFFICIENTNET_BASES[weights] = keras.applications.EfficientNetB0(include_top=False, weights=weights)
    base = _EFFICIENTNET_BASES[weights]'''),
]
