"""Wrong: a chatbot's "freeze the base but let its last 20 layers adapt" right away; breaks 'MobileNetV2 ..., frozen' and '2 trainable variables (the output's kernel and bias)'."""

EXERCISE, VERDICT, SAYS = "transfer.alpaca_model", "wrong", "len(model.trainable_variables)"

MUTATE = [
    ('    base.trainable = False\n    inputs = keras.Input(shape=tuple(image_shape) + (3,))',
     '    base.trainable = True\n    for layer in base.layers[:-20]:\n        layer.trainable = False\n    inputs = keras.Input(shape=tuple(image_shape) + (3,))'),
]
