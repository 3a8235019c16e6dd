"""Wrong: adds keras.callbacks.EarlyStopping(monitor="loss", patience=1) beside the checkpoint (course habit), so the run can stop before `epochs`; breaks 'one model from build_model trains with it for `epochs` epochs'."""

EXERCISE, VERDICT, SAYS = "transfer.checkpoint_and_restore", "wrong", 'the checkpoint alone'

MUTATE = [
    ('    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint], verbose=0)\n',
     '    stop = keras.callbacks.EarlyStopping(monitor="loss", patience=1)\n    build_model().fit(x, y, epochs=epochs, callbacks=[checkpoint, stop], verbose=0)\n'),
]
