"""Wrong: passes initial_epoch=1 so that epochs 'count from 1', which trains one epoch fewer; breaks 'one model from build_model trains with it for `epochs` epochs'."""
EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"
MUTATE = [
    ('    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)',
     '    build_model().fit(x, y, epochs=epochs, initial_epoch=1, callbacks=[checkpoint], verbose=0)'),
]
