"""Wrong: trains for epochs - 1, reading 'epochs 0 to epochs - 1' as a count that starts at zero; breaks 'one model
    from build_model trains with it for `epochs` epochs'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    ('    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)',
     '    build_model().fit(x, y, epochs=epochs - 1, callbacks=[checkpoint], verbose=0)'),
]
