"""Right: lists the four steps as functions (cache, shuffle(shuffle_buffer), batch(batch_size), prefetch(AUTOTUNE)) and applies them in that order with functools.reduce."""

EXERCISE, VERDICT = 'data.fast_pipeline', 'done'

MUTATE = [
    ('import csv\n',
     'import csv\nimport functools\n'),
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     '    steps = [\n        lambda d: d.cache(),\n        lambda d: d.shuffle(shuffle_buffer),\n        lambda d: d.batch(batch_size),\n        lambda d: d.prefetch(AUTOTUNE),\n    ]\n    return functools.reduce(lambda d, step: step(d), steps, dataset)'),
]
