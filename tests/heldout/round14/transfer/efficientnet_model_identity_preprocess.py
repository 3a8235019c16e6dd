"""Right: calls keras.applications.efficientnet.preprocess_input on the inputs before the base, as for other applications; for EfficientNet it returns its input unchanged (the base rescales inside)."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "done"

MUTATE = [
    ('    x = base(inputs, training=False)\n',
     '    x = keras.applications.efficientnet.preprocess_input(inputs)  # a pass-through for EfficientNet\n    x = base(x, training=False)\n'),
]
