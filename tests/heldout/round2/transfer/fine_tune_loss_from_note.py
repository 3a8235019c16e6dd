"""Wrong: Recompiled with the note's BinaryCrossentropy(from_logits=True) instead of the model's own loss; breaks 'with the loss it had'."""
EXERCISE, VERDICT = "transfer.fine_tune", "wrong"
MUTATE = [
    ('    model.compile(loss=model.loss,\n',
     '    model.compile(loss=keras.losses.BinaryCrossentropy(from_logits=True),\n'),
]
