"""Wrong: Compiled with BinaryCrossentropy() on the logit output, without from_logits=True; breaks 'Compiled with a binary cross-entropy that takes logits (from_logits=True)'."""
EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"
MUTATE = [
    ('                  loss=keras.losses.BinaryCrossentropy(from_logits=True), metrics=["accuracy"])',
     '                  loss=keras.losses.BinaryCrossentropy(), metrics=["accuracy"])'),
]
