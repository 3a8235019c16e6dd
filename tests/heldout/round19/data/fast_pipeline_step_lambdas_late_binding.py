"""Wrong: makes one lambda per step in a loop and each reads the loop variables late, so all four steps are prefetch (no cache, shuffle or batch); breaks 'Four steps, and their order is part of the task'."""

EXERCISE, VERDICT = "data.fast_pipeline", "wrong"

MUTATE = [
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     '    steps = []\n    for name, arguments in (("cache", ()), ("shuffle", (shuffle_buffer,)), ("batch", (batch_size,)),\n                            ("prefetch", (AUTOTUNE,))):\n        steps.append(lambda ds: getattr(ds, name)(*arguments))\n    for step in steps:\n        dataset = step(dataset)\n    return dataset'),
]
