"""Right: divides first (NumPy true division gives float64), then casts the result to float32."""
EXERCISE, VERDICT = "fundamentals.scale_pixels", "done"
MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    return (np.asarray(images) / 255).astype(np.float32)'),
]
