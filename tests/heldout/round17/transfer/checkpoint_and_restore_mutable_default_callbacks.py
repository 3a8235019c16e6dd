"""Wrong: appends the checkpoint to a default argument callbacks=[], made once, so a second call also fits with the first call's checkpoint and overwrites the first folder's file with the new run's weights; breaks 'Every function works from its arguments alone, as it may be called again with others'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    ('def checkpoint_and_restore(build_model, x, y, folder, epochs=2):',
     'def checkpoint_and_restore(build_model, x, y, folder, epochs=2, callbacks=[]):'),
    ('    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)',
     '    callbacks.append(checkpoint)\n    build_model().fit(x, y, epochs=epochs, callbacks=callbacks, verbose=0)'),
]
