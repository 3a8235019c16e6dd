"""Right: loads with label_mode='categorical' and keeps the one-hot rows' second column, labels[:, 1:], which for two sorted class folders is the same float (batch, 1) 0.0 / 1.0 label the binary mode gives."""

EXERCISE, VERDICT = 'data.modern_loader', 'done'

MUTATE = [
    ('batch_size=batch_size, label_mode="binary")\n    rescale',
     'batch_size=batch_size, label_mode="categorical")\n    rescale'),
    ('(rescale(images), labels))',
     '(rescale(images), labels[:, 1:]))'),
]
