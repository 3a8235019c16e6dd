"""Wrong: "tunes" the prefetch buffer by hand to one batch per CPU core (os.cpu_count()), a fixed size instead of the one tf.data tunes; breaks '4. prefetch, the buffer size left to tf.data to tune: ... it is tf.data.AUTOTUNE now'."""

EXERCISE, VERDICT, SAYS = "data.fast_pipeline", "wrong", "prefetch buffer"

MUTATE = [
    ('import csv\n', 'import csv\nimport os\n'),
    ('    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)',
     '    prefetch_batches = os.cpu_count() or 2  # one batch ready per core\n'
     '    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(prefetch_batches)'),
]
