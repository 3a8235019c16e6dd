"""Wrong: the learner loaded the file back into the model that had just trained and returned it as "fresh"; its weights equal the file's, so the comparison passed, but no new model was made and the file's use in another model is never shown; breaks 'then a second, new model from build_model gets the weights from that file'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    ('    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)\n    fresh = build_model()\n',
     '    fresh = build_model()\n    fresh.fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)\n'),
]
