"""Wrong: a slip calls the base on `inputs` instead of `x`, so the augmentation and the scaling are left out of the model and the base sees 0..255 pixels; breaks 'checks that pixels 0, 127.5 and 255 reach the base as -1, 0 and 1'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    (
        '    x = base(x, training=False)\n',
        '    x = base(inputs, training=False)\n',
    ),
]
