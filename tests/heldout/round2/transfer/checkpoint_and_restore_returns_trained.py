"""Wrong: Trained the model it then returns as 'fresh' (loading its own weights back); breaks 'a second, new model from build_model'."""
EXERCISE, VERDICT = "transfer.checkpoint_and_restore", "wrong"
MUTATE = [
    ('    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)\n    fresh = build_model()\n',
     '    fresh = build_model()\n    fresh.fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)\n'),
]
