"""Wrong: passes epochs as fit's third positional argument, which is batch_size: one epoch is trained (and saved), in batches of `epochs`; breaks 'one model from build_model trains with it for `epochs` epochs'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    ('    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)',
     '    build_model().fit(x, y, epochs, callbacks=[checkpoint], verbose=0)'),
]
