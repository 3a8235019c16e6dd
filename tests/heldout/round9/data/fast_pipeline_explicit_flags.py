"""Right: spells out the defaults: shuffle(..., reshuffle_each_iteration=True), batch(..., drop_remainder=False) and prefetch(buffer_size=AUTOTUNE)."""

EXERCISE, VERDICT = "data.fast_pipeline", "done"

MUTATE = [
    (
        '    return dataset.cache().shuffle(shuffle_buffer).batch(batch_size).prefetch(AUTOTUNE)\n',
        '    return (dataset.cache()\n            .shuffle(shuffle_buffer, reshuffle_each_iteration=True)\n            .batch(batch_size, drop_remainder=False)\n            .prefetch(buffer_size=AUTOTUNE))\n',
    ),
]
