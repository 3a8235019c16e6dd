"""Wrong: drops the microseconds from the time first (now().replace(microsecond=0), as a tutorial does for tidy names) and keeps %f, so the stamp always ends in 000000 and two calls within one second share a folder; breaks 'so that every call gives a new folder, even two calls within the same second'."""

EXERCISE, VERDICT = "callbacks.create_tensorboard_callback", "wrong"

MUTATE = [
    ('datetime.datetime.now().strftime',
     'datetime.datetime.now().replace(microsecond=0).strftime'),
]
