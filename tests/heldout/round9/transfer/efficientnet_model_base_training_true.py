"""Wrong: calls the frozen base with training=True; BatchNormalization stays frozen, but EfficientNetB0's stochastic-depth dropouts now run at predict() too, so the same image gives different outputs; breaks 'EfficientNetB0 without its top, with the weights argument, frozen, called in inference mode'."""

EXERCISE, VERDICT = "transfer.efficientnet_model", "wrong"

MUTATE = [
    (
        '    x = base(inputs, training=False)\n',
        '    x = base(inputs, training=True)\n',
    ),
]
