"""Wrong: keeps the shared loader settings in a module-level dict COMMON and calls COMMON.update(...) with each call's arguments; breaks 'it changes neither them nor this module's variables'."""

EXERCISE, VERDICT = "data.load_split", "wrong"

MUTATE = [
    ('AUTOTUNE = tf.data.AUTOTUNE\n',
     'AUTOTUNE = tf.data.AUTOTUNE\nCOMMON = dict(validation_split=0.2)\n'),
    ('    common = dict(image_size=image_size, batch_size=batch_size, label_mode=label_mode,\n                  validation_split=0.2, seed=seed)',
     '    COMMON.update(image_size=image_size, batch_size=batch_size, label_mode=label_mode, seed=seed)\n    common = COMMON'),
]
