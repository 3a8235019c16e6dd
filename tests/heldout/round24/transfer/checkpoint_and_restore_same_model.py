"""Wrong: the learner built one model, trained it with the checkpoint and loaded the file back into that same model, thinking that holds the saved weights all the same; no second model is ever built, so nothing shows the weights move to a new one; breaks 'then a second, new model from build_model gets the weights from that file'."""

EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"

MUTATE = [
    ('    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)\n    fresh = build_model()\n',
     '    fresh = build_model()\n    fresh.fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)\n'),
]
