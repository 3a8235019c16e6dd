"""Wrong: uses BinaryCrossentropy(from_logits=True) on the sigmoid output, as the overfitting tutorial does for its logits model; breaks 'the binary_crossentropy loss'."""

EXERCISE, VERDICT = "overfitting.tune", "wrong"

MUTATE = [
    ('        model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate), loss="binary_crossentropy",',
     '        model.compile(optimizer=keras.optimizers.Adam(learning_rate=rate),\n                      loss=keras.losses.BinaryCrossentropy(from_logits=True),'),
]
