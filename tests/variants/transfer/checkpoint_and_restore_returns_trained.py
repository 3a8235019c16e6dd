"""Wrong: the trained model is returned; nothing is restored."""
EXERCISE, VERDICT, SAYS = "transfer.checkpoint_and_restore", "wrong", "load_weights"
MUTATE = [("    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)\n    fresh = build_model()\n    fresh.load_weights(checkpoint.filepath)\n",
           "    fresh = build_model()\n    fresh.fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)\n")]
