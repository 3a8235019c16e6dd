"""Wrong: the learner called the base with training=False and took that for freezing it, as the notes' comment "inference mode" suggests, and never set base.trainable = False; the model trains all of MobileNetV2 with the head; breaks 'MobileNetV2 without its top ... frozen' and 'the compiled model: 2 trainable variables (the output's kernel and bias), 1,281 trainable parameters'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('    base.trainable = False\n    inputs = keras.Input(shape=tuple(image_shape) + (3,))',
     '    inputs = keras.Input(shape=tuple(image_shape) + (3,))'),
]
