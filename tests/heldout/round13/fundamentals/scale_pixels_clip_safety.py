"""Right: divides a float64 copy by 255, clips to [0, 1] for safety and returns float32."""

EXERCISE, VERDICT = "fundamentals.scale_pixels", "done"

MUTATE = [
    ('    return np.asarray(images, dtype="float32") / 255.0',
     '    scaled = np.array(images, dtype=np.float64) / 255\n    return np.clip(scaled, 0.0, 1.0).astype(np.float32)'),
]
