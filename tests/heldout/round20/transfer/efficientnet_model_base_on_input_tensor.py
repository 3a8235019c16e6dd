"""Wrong: builds EfficientNetB0 on the input tensor and reads base.output, so its 238 layers are spliced into the model (no nested base, never called in inference mode); breaks 'EfficientNetB0 without its top, with the weights argument, frozen, called in inference mode'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    ('    base = keras.applications.EfficientNetB0(include_top=False, weights=weights)\n    base.trainable = False\n    inputs = keras.Input(shape=tuple(image_size) + (3,), name="input_layer")\n    x = base(inputs, training=False)\n',
     '    inputs = keras.Input(shape=tuple(image_size) + (3,), name="input_layer")\n    base = keras.applications.EfficientNetB0(include_top=False, weights=weights, input_tensor=inputs)\n    base.trainable = False\n    x = base.output\n'),
]
