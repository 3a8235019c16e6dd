"""Wrong: builds keras.applications.EfficientNetV2B0, a different network with other layer and parameter counts; breaks 'EfficientNetB0 without its top, with the weights argument, frozen, called in inference mode'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('keras.applications.EfficientNetB0(include_top=False, weights=weights)',
     'keras.applications.EfficientNetV2B0(include_top=False, weights=weights)'),
]
