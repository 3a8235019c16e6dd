"""Wrong: calls the base with training=True ("it is training time"); breaks 'MobileNetV2 without its top, ..., frozen, and called in inference mode'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    (
        '    x = base(x, training=False)\n',
        '    x = base(x, training=True)\n',
    ),
]
