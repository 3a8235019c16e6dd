"""Wrong: resizes with interpolation="bicubic", whose overshoot at sharp edges gives pixels below 0 and above 255, so after / 255 they leave [0, 1]; breaks 'pixels in [0, 1]'."""

EXERCISE, VERDICT = "data.modern_loader", "wrong"

MUTATE = [
    ('batch_size=batch_size, label_mode="binary")',
     'batch_size=batch_size, label_mode="binary",\n                                                       interpolation="bicubic")'),
]
