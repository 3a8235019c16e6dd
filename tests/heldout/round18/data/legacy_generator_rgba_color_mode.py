"""Wrong: reads PNG files with color_mode="rgba", adding an alpha channel (4 channels instead of 3); breaks 'pixels scaled to [0, 1] (rescale 1/255, 255 becomes 1.0) and nothing else done to them'."""
EXERCISE, VERDICT = "data.legacy_generator", "wrong"

MUTATE = [
    ('batch_size=batch_size,\n                                       class_mode="binary")',
     'batch_size=batch_size,\n                                       class_mode="binary", color_mode="rgba")'),
]
