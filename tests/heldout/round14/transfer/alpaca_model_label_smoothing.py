"""Wrong: compiles BinaryCrossentropy(from_logits=True, label_smoothing=0.1), a regularising habit from other tutorials, so the targets become 0.05 / 0.95; breaks 'Compiled with a binary cross-entropy that takes logits (from_logits=True)'."""

EXERCISE, VERDICT = "transfer.alpaca_model", "wrong"

MUTATE = [
    ('loss=keras.losses.BinaryCrossentropy(from_logits=True),',
     'loss=keras.losses.BinaryCrossentropy(from_logits=True, label_smoothing=0.1),'),
]
