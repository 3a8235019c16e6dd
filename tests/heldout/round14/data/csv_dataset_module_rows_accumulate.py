"""Wrong: collects the rows into a module-level list _ROWS that is never emptied, so a second call also yields the rows of every file read before; breaks 'Each example, one per row, in the file's order'."""

EXERCISE, VERDICT = "data.csv_dataset", "wrong"

MUTATE = [
    ('AUTOTUNE = tf.data.AUTOTUNE\n',
     'AUTOTUNE = tf.data.AUTOTUNE\n_ROWS = []  # every row read so far\n'),
    ('        rows = list(csv.DictReader(file))\n    names = [name for name in rows[0] if name != label_name]\n',
     '        _ROWS.extend(csv.DictReader(file))\n    rows = list(_ROWS)\n    names = [name for name in rows[0] if name != label_name]\n'),
]
